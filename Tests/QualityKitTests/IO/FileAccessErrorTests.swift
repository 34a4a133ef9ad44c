import Foundation
import QualityKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// ``FileAccessError``: a missing file, a folder given as a file, no permission and a missing
/// output folder read as one sentence with the path, in Russian and in English, from the library's
/// readers and writer and from the system's codes.
@Suite struct FileAccessErrorTests {
  /// A fresh temporary folder, removed by `body`'s caller.
  func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("FileAccessErrorTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer {
      // Give back the permissions a test took away, or the folder cannot be removed.
      chmod(url.path, 0o755)
      try? FileManager.default.removeItem(at: url)
    }
    try body(url.path)
  }

  /// Whether the system refuses to read a file of mode 000 here: not for root, which may read
  /// anything.
  static func permissionsAreEnforced(in directory: String) throws -> Bool {
    let path = directory + "/probe.txt"
    try Data("x".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0)
    defer { chmod(path, 0o644) }
    return !FileManager.default.isReadableFile(atPath: path)
  }

  func csvError(_ body: () throws -> Void) -> CSVError? {
    do {
      try body()
    } catch let error as CSVError {
      return error
    } catch {
      return nil
    }
    return nil
  }

  // MARK: - Messages

  @Test func everyKindReadsAsASentenceWithThePath() {
    let cases: [(FileAccessError, String, String)] = [
      (
        FileAccessError(kind: .notFound, path: "/tmp/x.csv", access: .read),
        "нет файла /tmp/x.csv", "there is no file /tmp/x.csv"
      ),
      (
        FileAccessError(kind: .isDirectory, path: "/tmp", access: .read),
        "/tmp — папка, а не файл", "/tmp is a folder, not a file"
      ),
      (
        FileAccessError(kind: .permissionDenied, path: "/root/s.csv", access: .read),
        "нет прав на чтение файла /root/s.csv", "no permission to read /root/s.csv"
      ),
      (
        FileAccessError(kind: .permissionDenied, path: "/r.json", access: .write),
        "нет прав на запись файла /r.json", "no permission to write /r.json"
      ),
      (
        FileAccessError(kind: .missingDirectory, path: "/nonexistent/dir/x.json", access: .write),
        "нет папки /nonexistent/dir для файла /nonexistent/dir/x.json",
        "there is no folder /nonexistent/dir for the file /nonexistent/dir/x.json"
      ),
      (
        FileAccessError(kind: .missingDirectory, path: "x.json", access: .write),
        "нет папки . для файла x.json", "there is no folder . for the file x.json"
      ),
      (
        FileAccessError(kind: .other("Input/output error"), path: "/d/v.csv", access: .read),
        "не удалось прочитать файл /d/v.csv: Input/output error",
        "cannot read /d/v.csv: Input/output error"
      ),
    ]
    for (error, russian, english) in cases {
      #expect(error.description == russian)
      #expect(error.localizedDescription == russian)
      #expect(error.message(in: .english) == english)
    }
  }

  // MARK: - Codes

  @Test func errnoValuesMapToKinds() {
    func kind(_ code: Int32, _ access: FileAccessError.Access) -> FileAccessError.Kind {
      FileAccessError(errno: code, path: "/p", access: access).kind
    }
    #expect(kind(ENOENT, .read) == .notFound)
    #expect(kind(ENOTDIR, .read) == .notFound)
    // `open(O_CREAT)` fails with ENOENT only when the folder is missing.
    #expect(kind(ENOENT, .write) == .missingDirectory)
    #expect(kind(ENOTDIR, .write) == .missingDirectory)
    #expect(kind(EISDIR, .read) == .isDirectory)
    #expect(kind(EISDIR, .write) == .isDirectory)
    // Root reads a file of mode 000, so this case is checked on the code, not on a real file.
    #expect(kind(EACCES, .read) == .permissionDenied)
    #expect(kind(EPERM, .write) == .permissionDenied)
    #expect(kind(EIO, .read) == .other(String(cString: strerror(EIO))))
  }

  @Test func foundationErrorsMapToKindsAndNeverToCocoaText() throws {
    func kind(_ error: any Error, _ path: String = "/p", _ access: FileAccessError.Access = .read)
      -> FileAccessError.Kind
    {
      FileAccessError(error, path: path, access: access).kind
    }
    #expect(kind(CocoaError(.fileReadNoSuchFile)) == .notFound)
    #expect(kind(CocoaError(.fileNoSuchFile), "/p", .write) == .missingDirectory)
    #expect(kind(CocoaError(.fileReadNoPermission)) == .permissionDenied)
    #expect(kind(CocoaError(.fileWriteNoPermission), "/p", .write) == .permissionDenied)
    #expect(kind(NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))) == .permissionDenied)
    // «NSCocoaErrorDomain error 256» with the POSIX reason underneath.
    let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(EISDIR))
    #expect(
      kind(
        NSError(domain: NSCocoaErrorDomain, code: 256, userInfo: [NSUnderlyingErrorKey: underlying])
      )
        == .isDirectory)
    // Error 256 without a reason: the path itself is looked at.
    try withTemporaryDirectory { directory in
      let bare = NSError(domain: NSCocoaErrorDomain, code: 256)
      #expect(kind(bare, directory) == .isDirectory)
      #expect(kind(bare, directory + "/none.csv") == .notFound)
      #expect(kind(bare, directory + "/none/x.json", .write) == .missingDirectory)
      let error = FileAccessError(bare, path: directory + "/none.csv", access: .read)
      #expect(!error.localizedDescription.contains("NSCocoaErrorDomain"))
    }
  }

  // MARK: - Reading

  @Test func csvSourceNamesAMissingFileAFolderAndAnUnreadableFile() throws {
    try withTemporaryDirectory { directory in
      let missing = directory + "/x.csv"
      let notFound = csvError { _ = try CSVSource(contentsOf: URL(fileURLWithPath: missing)) }
      #expect(
        notFound?.kind == .unreadableFile(.init(kind: .notFound, path: missing, access: .read)))
      #expect(notFound?.localizedDescription == "нет файла \(missing)")
      #expect(notFound?.located(in: .english) == "there is no file \(missing)")

      let folder = csvError { _ = try CSVSource(contentsOf: URL(fileURLWithPath: directory)) }
      #expect(folder?.description == "\(directory) — папка, а не файл")
      #expect(folder?.located(in: .english) == "\(directory) is a folder, not a file")

      let locked = directory + "/locked.csv"
      try Data("school_id\n".utf8).write(to: URL(fileURLWithPath: locked))
      chmod(locked, 0)
      defer { chmod(locked, 0o644) }
      if try Self.permissionsAreEnforced(in: directory) {
        let denied = csvError { _ = try CSVSource(contentsOf: URL(fileURLWithPath: locked)) }
        #expect(denied?.description == "нет прав на чтение файла \(locked)")
      }
    }
  }

  @Test func datasetLoaderSaysWhichFileIsMissing() throws {
    try withTemporaryDirectory { directory in
      let schools = directory + "/schools.csv"
      try Data("school_id;name;municipality\nS1;СОШ №1;М\n".utf8).write(
        to: URL(fileURLWithPath: schools))
      let values = directory + "/values.csv"
      let error = csvError {
        _ = try DatasetLoader.load(
          schools: URL(fileURLWithPath: schools), values: [URL(fileURLWithPath: values)],
          benchmarks: nil)
      }
      #expect(error?.localizedDescription == "нет файла \(values)")
    }
  }

  @Test func packFileSourceNamesAMissingFileAndAFolder() throws {
    try withTemporaryDirectory { directory in
      func error(_ path: String) -> PackFileError? {
        do {
          _ = try RulePackLoader.Source(contentsOf: URL(fileURLWithPath: path))
          return nil
        } catch {
          return error
        }
      }
      let missing = directory + "/p.json"
      #expect(error(missing)?.localizedDescription == "нет файла \(missing)")
      #expect(error(missing)?.located(in: .english) == "there is no file \(missing)")
      #expect(error(directory)?.description == "\(directory) — папка, а не файл")
    }
  }

  // MARK: - Writing

  @Test func fileOutputNamesAMissingFolderAFolderAndAReadOnlyFolder() throws {
    try withTemporaryDirectory { directory in
      func error(_ path: String) -> FileAccessError? {
        do {
          _ = try FileOutput(path: path)
          return nil
        } catch {
          return error
        }
      }
      let nested = directory + "/nonexistent/dir/x.json"
      #expect(
        error(nested)?.description
          == "нет папки \(directory)/nonexistent/dir для файла \(nested)")
      #expect(
        error(nested)?.message(in: .english)
          == "there is no folder \(directory)/nonexistent/dir for the file \(nested)")
      #expect(error(directory)?.description == "\(directory) — папка, а не файл")

      let readOnly = directory + "/read-only"
      try FileManager.default.createDirectory(
        atPath: readOnly, withIntermediateDirectories: false)
      chmod(readOnly, 0o500)
      defer { chmod(readOnly, 0o755) }
      if try Self.permissionsAreEnforced(in: directory) {
        #expect(
          error(readOnly + "/r.json")?.description
            == "нет прав на запись файла \(readOnly)/r.json")
      }
    }
  }
}
