/// How a generated region's CSV files are written.
public enum RegionDialect: Sendable, Hashable, CaseIterable {
  /// `,` between cells, a decimal point, UTF-8 without a byte order mark: the reference
  /// generator's default, and what most tools write.
  case plain
  /// `;` between cells, a decimal comma and a UTF-8 byte order mark, as Excel with Russian
  /// settings saves «CSV UTF-8»; dates are written `ДД.ММ.ГГГГ`.
  case excel

  var delimiter: UInt8 { self == .excel ? UInt8(ascii: ";") : UInt8(ascii: ",") }
  var decimalSeparator: UInt8 { self == .excel ? UInt8(ascii: ",") : UInt8(ascii: ".") }
  var byteOrderMark: Bool { self == .excel }
}
