/// A ZIP archive (an `.xlsx` workbook is one) that ``ZipArchive`` cannot read, with the file and,
/// where it concerns one, the entry.
///
/// Messages are written in Russian by default (``description``) and in English on request
/// (``message(in:)``); all of them come from one switch in this file, so tests compare error
/// values, never strings. Each sentence says what is wrong and, where the user can do something,
/// what: a damaged download is to be fetched again, an encrypted file saved without a password.
///
/// - Complexity: Creating an error is O(1); a message is O(m) in the length of the names it quotes.
///
/// ```swift
/// let error = ZipError(.crcMismatch, file: "values.xlsx", entry: "xl/worksheets/sheet1.xml")
/// error.description
/// // "values.xlsx: «xl/worksheets/sheet1.xml»: контрольная сумма не совпадает — файл повреждён…"
/// ```
struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  enum Kind: Sendable, Hashable {
    /// No end-of-central-directory record: the file is not a ZIP archive at all.
    case notAnArchive
    /// The file starts like a ZIP archive but its end is missing, or a record runs past the end
    /// of the file: a download or copy that stopped early.
    case truncated
    /// A record of the archive's structure is malformed (a wrong signature, a count that does
    /// not match, a name that is not text); `detail` is a short English tag for the tests and
    /// the fuzzers, never shown.
    case malformed(detail: String)
    /// The archive spans several files (volumes).
    case multiDisk
    /// The archive (or an entry) needs ZIP64: over 4 GiB or 65,535 entries.
    case zip64
    /// Two entries claim the same bytes, or an entry lies outside the archive's data.
    case overlappingEntries
    /// Two entries have the same name.
    case duplicateEntry
    /// An entry's local header disagrees with the central directory.
    case localHeaderMismatch
    /// An entry is encrypted (general-purpose flag bit 0).
    case encrypted
    /// An entry uses a compression method other than stored (0) and DEFLATE (8).
    case unsupportedMethod(UInt16)
    /// The entry's DEFLATE data is damaged.
    case corruptData(Inflate.Failure)
    /// The entry's bytes do not match the checksum it was written with.
    case crcMismatch
    /// The entry decoded to another size than the `declared` one.
    case sizeMismatch(declared: Int)
    /// More entries than ``ZipLimits/maxEntryCount``.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry larger than ``ZipLimits/maxEntrySize``.
    case entryTooLarge(size: Int, limit: Int)
    /// Entries larger in total than ``ZipLimits/maxTotalSize``.
    case archiveTooLarge(size: Int, limit: Int)
    /// An entry that expands more than ``ZipLimits/maxRatio`` times: a ZIP bomb.
    case compressionRatio(ratio: Int, limit: Int)
  }

  /// What is wrong.
  let kind: Kind
  /// The archive's name as the caller gave it.
  let file: String
  /// The entry concerned, or `nil` for the whole archive.
  let entry: String?

  /// An error of `kind` in `file`, about `entry` if there is one.
  init(_ kind: Kind, file: String, entry: String? = nil) {
    self.kind = kind
    self.file = file
    self.entry = entry
  }

  /// The error in Russian, with the file and the entry.
  var description: String { message(in: .russian) }

  /// The error in `language`: `file: «entry»: sentence`.
  ///
  /// - Complexity: O(m) in the length of the names.
  func message(in language: Language) -> String {
    let ru = language == .russian
    var place = file
    if let entry { place += ru ? ": «\(entry)»" : ": \"\(entry)\"" }
    return place + ": " + sentence(ru)
  }

  /// «42 МБ» — a size for a message, in whole megabytes above one, else in bytes.
  private static func size(_ bytes: Int, _ ru: Bool) -> String {
    let mebibyte = 1 << 20
    if bytes >= mebibyte { return "\(bytes / mebibyte) " + (ru ? "МБ" : "MB") }
    return "\(bytes) " + (ru ? "байт" : "bytes")
  }

  /// What is wrong, in one sentence without the place.
  private func sentence(_ ru: Bool) -> String {
    switch kind {
    case .notAnArchive:
      return ru
        ? "это не ZIP-архив (не книга .xlsx): в конце файла нет оглавления архива"
        : "this is not a ZIP archive (not an .xlsx workbook): there is no directory at its end"
    case .truncated:
      return ru
        ? "архив обрезан: файл скачан или скопирован не полностью, получите его заново"
        : "the archive is truncated: the file was not downloaded or copied in full; get it again"
    case .malformed:
      return ru
        ? "архив повреждён: его оглавление не читается; получите файл заново"
        : "the archive is damaged: its directory cannot be read; get the file again"
    case .multiDisk:
      return ru
        ? "архив разбит на несколько томов; соберите его в один файл"
        : "the archive is split into several volumes; join it into one file"
    case .zip64:
      return ru
        ? "архив в формате ZIP64 (больше 4 ГБ или 65 535 записей) не поддерживается"
        : "ZIP64 archives (over 4 GB or 65,535 entries) are not supported"
    case .overlappingEntries:
      return ru
        ? "записи архива пересекаются или выходят за его пределы: архив повреждён или подделан"
        : "entries of the archive overlap or lie outside it: the archive is damaged or forged"
    case .duplicateEntry:
      return ru
        ? "запись встречается в архиве дважды: неясно, какую читать"
        : "the entry appears twice in the archive: it is unclear which to read"
    case .localHeaderMismatch:
      return ru
        ? "заголовок записи не совпадает с оглавлением архива: архив повреждён"
        : "the entry's header does not match the archive's directory: the archive is damaged"
    case .encrypted:
      return ru
        ? "запись зашифрована паролем; откройте файл и сохраните его без пароля"
        : "the entry is encrypted with a password; open the file and save it without one"
    case .unsupportedMethod(let method):
      return ru
        ? "метод сжатия \(method) не поддерживается (только 0 — без сжатия и 8 — Deflate); "
          + "пересохраните файл"
        : "compression method \(method) is not supported (only 0, stored, and 8, Deflate); "
          + "save the file again"
    case .corruptData:
      return ru
        ? "сжатые данные повреждены; получите файл заново"
        : "the compressed data is damaged; get the file again"
    case .crcMismatch:
      return ru
        ? "контрольная сумма не совпадает — файл повреждён; получите его заново"
        : "the checksum does not match: the file is damaged; get it again"
    case .sizeMismatch(let declared):
      return ru
        ? "запись распаковалась не в объявленные \(declared) байт: архив повреждён"
        : "the entry did not unpack to its declared \(declared) bytes: the archive is damaged"
    case .tooManyEntries(let count, let limit):
      return ru
        ? "в архиве \(count) записей, больше допустимых \(limit)"
        : "the archive has \(count) entries, more than the allowed \(limit)"
    case .entryTooLarge(let size, let limit):
      return ru
        ? "запись занимает \(Self.size(size, ru)) в распакованном виде, больше допустимых "
          + Self.size(limit, ru)
        : "the entry unpacks to \(Self.size(size, ru)), more than the allowed "
          + Self.size(limit, ru)
    case .archiveTooLarge(let size, let limit):
      return ru
        ? "архив распаковывается в \(Self.size(size, ru)), больше допустимых "
          + Self.size(limit, ru)
        : "the archive unpacks to \(Self.size(size, ru)), more than the allowed "
          + Self.size(limit, ru)
    case .compressionRatio(let ratio, let limit):
      return ru
        ? "запись сжата в \(ratio) раз (допустимо до \(limit)): это похоже на ZIP-бомбу, "
          + "файл не читается"
        : "the entry is compressed \(ratio) times (at most \(limit) allowed): it looks like a "
          + "ZIP bomb and is not read"
    }
  }
}
