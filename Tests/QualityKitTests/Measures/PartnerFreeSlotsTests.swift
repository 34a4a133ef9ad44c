import QualityKitTestSupport
import Testing

@testable import QualityKit

/// ``PartnerFreeSlots``: the first free position at or after i, with filled positions skipped.
@Suite struct PartnerFreeSlotsTests {
  @Test("fills are skipped, from any start; past the end there is nothing")
  func skipping() {
    var slots = PartnerFreeSlots(count: 5)
    #expect(slots.firstFree(from: 0) == 0)
    slots.fill(0)
    slots.fill(1)
    slots.fill(3)
    // Free: 2, 4.
    #expect(slots.firstFree(from: 0) == 2)
    #expect(slots.firstFree(from: 1) == 2)
    #expect(slots.firstFree(from: 3) == 4)
    slots.fill(2)
    #expect(slots.firstFree(from: 0) == 4)
    slots.fill(4)
    #expect(slots.firstFree(from: 0) == nil)
    #expect(slots.firstFree(from: 5) == nil)
    #expect(slots.firstFree(from: 99) == nil)
  }

  @Test("filling twice or out of range changes nothing; an empty list has no free position")
  func edges() {
    var slots = PartnerFreeSlots(count: 3)
    slots.fill(1)
    slots.fill(1)
    slots.fill(-1)
    slots.fill(7)
    #expect(slots.firstFree(from: 0) == 0)
    #expect(slots.firstFree(from: 1) == 2)
    var empty = PartnerFreeSlots(count: 0)
    #expect(empty.firstFree(from: 0) == nil)
  }

  @Test("agrees with a linear scan over random fills and queries")
  func againstScan() {
    var rng = SeededGenerator(seed: 17)
    for count in [1, 2, 7, 64, 300] {
      var slots = PartnerFreeSlots(count: count)
      var filled = [Bool](repeating: false, count: count)
      for _ in 0..<(count * 3) {
        let position = Int(rng.next() % UInt64(count))
        if rng.next() % 2 == 0 {
          slots.fill(position)
          filled[position] = true
        }
        let query = Int(rng.next() % UInt64(count + 1))
        let expected = (query..<count).first { !filled[$0] }
        #expect(slots.firstFree(from: query) == expected, "count \(count), from \(query)")
      }
    }
  }
}
