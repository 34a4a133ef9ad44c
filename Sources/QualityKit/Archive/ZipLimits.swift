/// How much a ``ZipArchive`` agrees to unpack: the caps that turn a ZIP bomb, or a damaged archive
/// that claims absurd sizes, into a clear ``ZipError`` before the memory fills.
///
/// The defaults are derived from the largest input the tools expect — a values workbook of 40,000
/// schools, whose sheet is ~150 MB of XML inside a ~15 MB file — with room to spare:
///
/// - ``maxEntrySize``, 1 GiB: ~7× that sheet; Excel's own ceiling (1,048,576 rows) with a few dozen
///   short columns lands near it.
/// - ``maxTotalSize``, 2 GiB: two such sheets plus everything else a workbook holds; the archive's
///   declared sizes are added up when it is opened.
/// - ``maxRatio``, 500: DEFLATE cannot expand more than 1,032 times, and the parts of real
///   workbooks stay well under 100 (a sheet's XML repeats tags but its values differ); an entry
///   past 500 is made to be a bomb. Only entries over ``ratioThreshold`` are judged.
/// - ``ratioThreshold``, 4 MiB: small parts (styles, an empty sheet of repeated `<c/>`) may
///   legitimately compress far better, and cost nothing to unpack.
/// - ``maxEntryCount``, 10,000: a workbook has about ten parts plus two per sheet; a few hundred
///   sheets is already unusual.
///
/// - Complexity: O(1).
///
/// ```swift
/// var limits = ZipLimits.default
/// limits.maxEntrySize = 64 << 20   // a caller that only reads small workbooks
/// ```
struct ZipLimits: Sendable, Hashable {
  /// The most bytes one entry may unpack to.
  var maxEntrySize: Int
  /// The most bytes all entries together may unpack to.
  var maxTotalSize: Int
  /// The largest uncompressed-to-compressed ratio of an entry over ``ratioThreshold``.
  var maxRatio: Int
  /// The uncompressed size from which ``maxRatio`` applies.
  var ratioThreshold: Int
  /// The most entries an archive may have.
  var maxEntryCount: Int

  /// The limits for workbooks; see the type's documentation for each number's reason.
  static let `default` = ZipLimits(
    maxEntrySize: 1 << 30, maxTotalSize: 2 << 30, maxRatio: 500, ratioThreshold: 4 << 20,
    maxEntryCount: 10_000)
}
