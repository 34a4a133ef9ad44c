import Testing

@testable import QualityKit

@Suite("Byte-keyed lookup table")
struct ByteKeyTableTests {
  @Test("keys are found by a byte range of a larger buffer; a repeated key keeps its first value")
  func lookups() {
    let table = ByteKeyTable([
      (key: "S000001", value: 0), (key: "школа №2", value: 1), (key: "", value: 2),
      (key: "S000001", value: 9),
    ])
    #expect(table.count == 3)
    let line = Array("S000001;школа №2;;S00000".utf8)
    line.withUnsafeBufferPointer { buffer in
      #expect(table.value(buffer, 0..<7) == 0)
      // «школа» 5 × 2 bytes, a space, «№» 3 bytes, «2»: 15 bytes.
      #expect(table.value(buffer, 8..<23) == 1)
      #expect(table.value(buffer, 24..<24) == 2)
      #expect(table.value(buffer, 25..<31) == nil)  // «S00000», a prefix of a key
      #expect(buffer.count == 31)
    }
    // An empty key is found without a buffer too.
    #expect(table.value(UnsafeBufferPointer(start: nil, count: 0), 0..<0) == 2)
  }

  @Test("insertion numbers new keys and returns the value of a known one, past many growths")
  func insertion() {
    var table = ByteKeyTable()
    for index in 0..<3000 {
      var key = "ключ \(index)"
      #expect(key.withUTF8 { table.insert($0, value: index) } == nil)
    }
    for index in stride(from: 0, to: 3000, by: 11) {
      var key = "ключ \(index)"
      #expect(key.withUTF8 { table.insert($0, value: -1) } == index)
    }
    #expect(table.count == 3000)
  }
}
