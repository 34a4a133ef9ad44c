import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole input file, failing with a ``FileAccessError`` that names the path as the caller
/// gave it. ``CSVSource`` and ``RulePackLoader/Source`` share it, so every input says «нет файла …» the
/// same way.
enum FileBytes {
  /// The bytes of the file at `url`; `name` is the path errors show.
  ///
  /// A regular file is read straight into the array (no intermediate `Data`); a pipe, a device or
  /// a remote URL through `Data`, whose errors are mapped as well.
  ///
  /// - Complexity: O(n) in the size of the file.
  static func read(_ url: URL, name: String) throws(FileAccessError) -> [UInt8] {
    if url.isFileURL {
      let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
      // The system's own reason, before anything else can change `errno`.
      guard descriptor >= 0 else { throw FileAccessError(errno: errno, path: name, access: .read) }
      defer { close(descriptor) }
      var status = stat()
      // `open` accepts a folder for reading on Linux; only `read` would fail, with EISDIR.
      if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        throw FileAccessError(kind: .isDirectory, path: name, access: .read)
      }
      if status.st_mode & S_IFMT == S_IFREG,
        let bytes = regularFile(descriptor, size: status.st_size)
      {
        return bytes
      }
    }
    do {
      return [UInt8](try Data(contentsOf: url))
    } catch {
      throw FileAccessError(error, path: name, access: .read)
    }
  }

  /// The bytes of an open regular file of `size` bytes, or `nil` when it changed size while being
  /// read or a read failed — then `Data` reads it again and reports any error.
  private static func regularFile(_ descriptor: Int32, size: off_t) -> [UInt8]? {
    let size = Int(size)
    var complete = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      // One byte more than the size, to notice a file that grew since `fstat`.
      while count < size + 1 {
        let read = Foundation.read(descriptor, base + count, size + 1 - count)
        if read > 0 {
          count += read
        } else if read < 0 && errno == EINTR {
          continue
        } else {
          complete = read == 0 && count == size
          break
        }
      }
    }
    return complete ? bytes : nil
  }
}
