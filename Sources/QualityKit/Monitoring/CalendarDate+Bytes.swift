extension ByteBuffer {
  /// A day as `YYYY-MM-DD`, as ``CalendarDate/description`` writes it, with no `String` made: what
  /// the JSON writers of plans and schedules put in their dates.
  ///
  /// - Complexity: O(1).
  mutating func append(date: CalendarDate) {
    appendDigits(UInt64(date.year), minimumDigits: 4)
    append(byte: UInt8(ascii: "-"))
    appendDigits(UInt64(date.month), minimumDigits: 2)
    append(byte: UInt8(ascii: "-"))
    appendDigits(UInt64(date.day), minimumDigits: 2)
  }
}
