/// The text encoding an input CSV file was written in, recognised from its bytes.
///
/// Analysts save CSV files from Excel and other programs, which write UTF-16 («Юникод»),
/// Windows-1251 («ANSI» on a Russian Windows) or UTF-8 with a byte order mark — sometimes two, when a
/// file is saved twice by tools that each add one. Read as UTF-8, such a file looked like one without
/// a `school_id` column, which sent the analyst looking for the wrong fault. The readers therefore
/// recognise the encoding by the bytes (``recognise(_:)``) and read UTF-16 and cp1251 as the text
/// they are: the file is converted to UTF-8 once, line breaks and delimiters where they were, so
/// every line and column of an error stays the file's own.
///
/// The UTF-8 path costs a look at the first bytes and an ASCII-fast scan of at most
/// ``sampleBytes`` bytes: a file that is UTF-8 is never copied.
///
/// - Complexity: O(min(n, ``sampleBytes``)) to recognise UTF-8; O(n) to convert UTF-16 or cp1251.
///
/// ```swift
/// let text = InputEncoding.recognise([0xFF, 0xFE, 0x61, 0x00])
/// text.encoding   // .utf16LittleEndian
/// text.bytes      // Array("a".utf8)
/// ```
public enum InputEncoding: String, Sendable, Hashable, CaseIterable {
  /// UTF-8, with or without one or more byte order marks.
  case utf8
  /// UTF-16, little-endian (Windows «Юникод»), with or without a byte order mark.
  case utf16LittleEndian
  /// UTF-16, big-endian, with or without a byte order mark.
  case utf16BigEndian
  /// Windows-1251 (cp1251), the Cyrillic «ANSI» code page of Russian Windows.
  case windows1251

  /// The encoding's usual name, the same in both languages.
  public var name: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16LittleEndian: "UTF-16 LE"
    case .utf16BigEndian: "UTF-16 BE"
    case .windows1251: "cp1251 (Windows-1251)"
    }
  }

  /// A file's text as UTF-8 bytes, with the encoding it was found in.
  public struct Text: Sendable, Hashable {
    /// The UTF-8 bytes: the file's own for UTF-8, converted otherwise. A byte that has no
    /// character in the source encoding (an unpaired UTF-16 surrogate, an odd last byte, cp1251's
    /// unassigned 0x98) becomes 0xFF, which is never UTF-8, so that the cell holding it is an
    /// error at its line and column.
    public var bytes: [UInt8]
    /// The encoding the file was written in.
    public var encoding: InputEncoding
    /// The offset of the first byte after the byte order marks.
    public var start: Int
  }

  /// How many bytes at the start of a file decide between UTF-8 and cp1251: enough for any
  /// header and thousands of rows, little enough never to show in the time of a large file.
  public static let sampleBytes = 1 << 20

  /// Recognises the encoding of `bytes` and returns the text as UTF-8.
  ///
  /// - A UTF-16 byte order mark (`FF FE`, `FE FF`) means UTF-16 of that order.
  /// - Without one, a start where every other byte is NUL (ASCII column names in UTF-16) means
  ///   UTF-16: little-endian when the NULs are second in each pair.
  /// - Bytes that are not valid UTF-8 within the first ``sampleBytes``, nearly all of them
  ///   (9 in 10, at least 4) Cyrillic letters or the punctuation of cp1251 (`№`, `«»`, dashes),
  ///   mean cp1251. A stray invalid byte in a UTF-8 file does not: it stays, and its cell is
  ///   ``CSVError/Kind/invalidUTF8``.
  /// - Anything else is UTF-8. Byte order marks at the start — one or several — are skipped.
  ///
  /// - Parameter bytes: A file's content.
  /// - Returns: The UTF-8 text and the encoding found.
  /// - Complexity: O(min(n, ``sampleBytes``)) for UTF-8, O(n) otherwise.
  public static func recognise(_ bytes: [UInt8]) -> Text {
    if bytes.starts(with: [0xFF, 0xFE]) {
      return converted(utf16(bytes, from: 2, bigEndian: false), .utf16LittleEndian)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return converted(utf16(bytes, from: 2, bigEndian: true), .utf16BigEndian)
    }
    if let bigEndian = utf16WithoutBOM(bytes) {
      return converted(
        utf16(bytes, from: 0, bigEndian: bigEndian),
        bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }
    let start = afterBOMs(bytes, from: 0)
    if looksLikeWindows1251(bytes, from: start) {
      return converted(windows1251(bytes, from: start), .windows1251)
    }
    return Text(bytes: bytes, encoding: .utf8, start: start)
  }

  private static func converted(_ bytes: [UInt8], _ encoding: InputEncoding) -> Text {
    Text(bytes: bytes, encoding: encoding, start: afterBOMs(bytes, from: 0))
  }

  /// The offset after every UTF-8 byte order mark at `start`.
  private static func afterBOMs(_ bytes: [UInt8], from start: Int) -> Int {
    var offset = start
    while bytes.count - offset >= 3, bytes[offset] == 0xEF, bytes[offset + 1] == 0xBB,
      bytes[offset + 2] == 0xBF
    {
      offset += 3
    }
    return offset
  }

  // MARK: - UTF-16

  /// `true` (big-endian) or `false` (little-endian) when the first up to 256 byte pairs look like
  /// UTF-16 text without a byte order mark; `nil` otherwise.
  ///
  /// A header starts with an ASCII character, whose pair in UTF-16 has one NUL byte: little-endian
  /// puts it second, big-endian first. UTF-8 text has no NUL at all, so a first pair of that form,
  /// and more pairs like it than four times those with the NUL on the other side, is UTF-16. (Rows
  /// of Cyrillic text have no NUL in either order: `А` is `10 04`.)
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
    let pairs = min(bytes.count / 2, 256)
    guard pairs >= 2 else { return nil }
    var little = 0
    var big = 0
    for pair in 0..<pairs {
      let first = bytes[2 * pair]
      let second = bytes[2 * pair + 1]
      if first != 0, second == 0 { little += 1 }
      if first == 0, second != 0 { big += 1 }
    }
    if bytes[0] != 0, bytes[1] == 0, little >= 2, little > 4 * big { return false }
    if bytes[0] == 0, bytes[1] != 0, big >= 2, big > 4 * little { return true }
    return nil
  }

  /// UTF-16 code units from `start`, as UTF-8.
  private static func utf16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var i = start
    func unit(at offset: Int) -> UInt32 {
      let first = UInt32(bytes[offset])
      let second = UInt32(bytes[offset + 1])
      return bigEndian ? first << 8 | second : second << 8 | first
    }
    while i + 1 < bytes.count {
      let code = unit(at: i)
      i += 2
      if (0xD800...0xDBFF).contains(code) {
        if i + 1 < bytes.count, case let low = unit(at: i), (0xDC00...0xDFFF).contains(low) {
          i += 2
          append(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), to: &output)
        } else {
          output.append(0xFF)
        }
      } else if (0xDC00...0xDFFF).contains(code) {
        output.append(0xFF)
      } else {
        append(code, to: &output)
      }
    }
    if i < bytes.count { output.append(0xFF) }  // an odd last byte
    return output
  }

  /// Appends the UTF-8 encoding of scalar `code`.
  private static func append(_ code: UInt32, to output: inout [UInt8]) {
    switch code {
    case ..<0x80:
      output.append(UInt8(code))
    case ..<0x800:
      output.append(UInt8(0xC0 | code >> 6))
      output.append(UInt8(0x80 | code & 0x3F))
    case ..<0x10000:
      output.append(UInt8(0xE0 | code >> 12))
      output.append(UInt8(0x80 | code >> 6 & 0x3F))
      output.append(UInt8(0x80 | code & 0x3F))
    default:
      output.append(UInt8(0xF0 | code >> 18))
      output.append(UInt8(0x80 | code >> 12 & 0x3F))
      output.append(UInt8(0x80 | code >> 6 & 0x3F))
      output.append(UInt8(0x80 | code & 0x3F))
    }
  }

  // MARK: - cp1251

  /// Whether the sample from `start` is not UTF-8 and its bytes above 0x7F are those of Russian
  /// text in cp1251.
  private static func looksLikeWindows1251(_ bytes: [UInt8], from start: Int) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      let end = min(buffer.count, start + sampleBytes)
      var i = start
      var invalid = false
      var high = 0
      var typical = 0
      while i < end {
        if i + 8 <= end, let base = buffer.baseAddress {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            i += 8
            continue
          }
        }
        let byte = buffer[i]
        if byte < 0x80 {
          i += 1
          continue
        }
        let length =
          switch byte {
          case 0xC2...0xDF: 2
          case 0xE0...0xEF: 3
          case 0xF0...0xF4: 4
          default: 0
          }
        if length > 0, i + length > end, end < buffer.count { break }  // cut by the sample
        var valid = length > 0 && i + length <= end
        if valid {
          for k in 1..<length where buffer[i + k] & 0xC0 != 0x80 { valid = false }
        }
        let count = valid ? length : 1
        for k in 0..<count {
          high += 1
          if isTypicalWindows1251(buffer[i + k]) { typical += 1 }
        }
        if !valid { invalid = true }
        i += count
      }
      return invalid && typical >= 4 && typical * 10 >= high * 9
    }
  }

  /// Cyrillic letters (`А`–`я`, `Ё`, `ё`), `№`, `«`, `»`, dashes, quotes, `…` and the
  /// no-break space in cp1251.
  private static func isTypicalWindows1251(_ byte: UInt8) -> Bool {
    switch byte {
    case 0xC0...0xFF, 0xA8, 0xB8, 0xB9, 0xAB, 0xBB, 0x96, 0x97, 0x84, 0x93, 0x94, 0x85, 0xA0: true
    default: false
    }
  }

  /// cp1251 bytes from `start`, as UTF-8.
  private static func windows1251(_ bytes: [UInt8], from start: Int) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 2)
    for byte in bytes[start...] {
      switch byte {
      case ..<0x80: output.append(byte)
      case 0xC0...: append(0x0410 + UInt32(byte - 0xC0), to: &output)
      default:
        let code = windows1251High[Int(byte - 0x80)]
        if code == 0 { output.append(0xFF) } else { append(code, to: &output) }
      }
    }
    return output
  }

  /// The characters of cp1251's bytes 0x80–0xBF (0 for 0x98, which has none).
  private static let windows1251High: [UInt32] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
  ]
}
