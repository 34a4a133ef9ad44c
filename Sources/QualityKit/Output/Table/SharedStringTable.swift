/// The shared strings of a workbook being written (`xl/sharedStrings.xml`): each text once, and
/// cells that refer to it by its number (`<c t="s"><v>12</v></c>`), as Excel writes them.
///
/// A report's tables repeat their texts row after row — a school's name and municipality on each
/// of its criteria, a criterion's title on each school, three statuses — and written inline they
/// made a 40,000-school identification sheet 446 MB of XML, whose compression and checksum were
/// most of the time of writing the workbook. A column whose texts do not repeat (an explanation
/// per finding) would only make the table large: ``TableRowWriter`` writes a column inline once
/// its first ``TableRowWriter/sharingTrial`` texts repeat less than half of the time.
///
/// Used by one writing thread at a time; the numbers follow the order texts were first met, so
/// the same tables give the same part.
///
/// - Complexity: O(k) on average per text of k bytes (a ``ByteKeyTable`` lookup), O(s) for the
///   part of s bytes of texts.
///
/// ```swift
/// let strings = SharedStringTable()
/// var text = "не выполнен"
/// text.withUTF8 { strings.number(of: $0, spaced: false) }   // (0, isNew: true)
/// text.withUTF8 { strings.number(of: $0, spaced: false) }   // (0, isNew: false)
/// ```
final class SharedStringTable {
  /// Each text's number, keyed by its UTF-8 bytes: equal bytes are the same text, and two
  /// canonically equivalent spellings are two entries, each written as it was given.
  @exclusivity(unchecked) private var numbers = ByteKeyTable(capacity: 512)
  /// The `<si>` elements, in number order.
  @exclusivity(unchecked) private var entries = ByteBuffer(capacity: 1 << 16)
  /// The cells that refer to a text (Excel's `count`).
  @exclusivity(unchecked) private(set) var references = 0

  /// How many texts the table holds.
  var count: Int { numbers.count }

  /// The number of the text whose UTF-8 is `bytes`, added at the end when it is new; `spaced`
  /// says it begins or ends with white space, which `xml:space` then keeps.
  func number(of bytes: UnsafeBufferPointer<UInt8>, spaced: Bool) -> (number: Int, isNew: Bool) {
    references += 1
    let number = numbers.count
    if let known = numbers.insert(bytes, value: number) { return (known, false) }
    entries.append(spaced ? "<si><t xml:space=\"preserve\">" : "<si><t>")
    entries.appendEscaped(bytes, XMLEscapes.self)
    entries.append("</t></si>")
    return (number, true)
  }

  /// Counts one more cell of a text its writer numbered without looking it up (the text of the
  /// cell above).
  func countRepeat() {
    references += 1
  }

  /// `xl/sharedStrings.xml`.
  func part() -> [UInt8] {
    var part = ByteBuffer(capacity: entries.count + 256)
    part.append(WorkbookWriter.xmlDeclaration)
    part.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
    part.append(int: references)
    part.append("\" uniqueCount=\"")
    part.append(int: count)
    part.append("\">")
    entries.withUnsafeBytes { part.append($0) }
    part.append("</sst>")
    return part.withUnsafeBytes { Array($0) }
  }
}
