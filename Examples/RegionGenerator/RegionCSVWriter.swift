/// Writes one CSV file of a generated region into bytes, in one of two dialects.
///
/// Numbers are written from integers — the value scaled by 10^decimals, rounded half away from
/// zero — and never through `String(format:)` or a `NumberFormatter`, whose output depends on the
/// locale and the C library; the same value gives the same bytes everywhere.
struct RegionCSVWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []
  private let delimiter: UInt8
  private let decimalSeparator: UInt8
  private var atRowStart = true

  /// A file in `dialect`: a UTF-8 byte order mark first when the dialect asks for one.
  init(_ dialect: RegionDialect, capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
    delimiter = dialect.delimiter
    decimalSeparator = dialect.decimalSeparator
    if dialect.byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
  }

  /// A text cell, quoted (RFC 4180) when it holds the delimiter, a quote or a line break.
  mutating func text(_ value: String) {
    separate()
    let utf8 = value.utf8
    guard utf8.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else {
      bytes += utf8
      return
    }
    bytes.append(0x22)
    for byte in utf8 {
      if byte == 0x22 { bytes.append(0x22) }
      bytes.append(byte)
    }
    bytes.append(0x22)
  }

  /// An empty cell: a missing value.
  mutating func empty() { separate() }

  /// An integer cell.
  mutating func integer(_ value: Int) {
    separate()
    appendDigits(of: value)
  }

  /// A number with exactly `decimals` digits after the separator (0 to 6).
  mutating func number(_ value: Double, decimals: Int) {
    separate()
    let scale = Self.scales[decimals]
    var scaled = Int64((value * Double(scale)).rounded(.toNearestOrAwayFromZero))
    if scaled < 0 {
      bytes.append(UInt8(ascii: "-"))
      scaled = -scaled
    }
    appendDigits(of: Int(scaled / scale))
    guard decimals > 0 else { return }
    bytes.append(decimalSeparator)
    // Digits are written in place, last first, so that no cell allocates.
    var fraction = scaled % scale
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals))
    var index = start + decimals - 1
    while fraction > 0 {
      bytes[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
      fraction /= 10
      index -= 1
    }
  }

  /// Ends the row with a line feed (the reference generator's line ending, which Excel reads).
  mutating func endRow() {
    bytes.append(0x0A)
    atRowStart = true
  }

  /// A whole row of text cells.
  mutating func row(_ cells: [String]) {
    for cell in cells { text(cell) }
    endRow()
  }

  private mutating func separate() {
    if atRowStart {
      atRowStart = false
    } else {
      bytes.append(delimiter)
    }
  }

  private mutating func appendDigits(of value: Int) {
    var value = value
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      value = -value
    }
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
      value /= 10
    } while value > 0
    bytes[start...].reverse()
  }

  private static let scales: [Int64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]
}
