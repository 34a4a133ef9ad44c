import ExampleData
import Foundation
import Testing

/// `Background`: the value made on another thread, or the error it threw, reaches the caller.
@Suite struct BackgroundTests {
  struct Refused: Error, Equatable {}

  @Test("the value is made on another thread while the caller goes on")
  func valueFromAnotherThread() throws {
    let caller = ObjectIdentifier(Thread.current)
    let made = Background { () -> (sum: Int, elsewhere: Bool) in
      ((1...1000).reduce(0, +), ObjectIdentifier(Thread.current) != caller)
    }
    let value = try made.value()
    #expect(value.sum == 500_500)
    #expect(value.elsewhere)
    // Asked again, the same value.
    #expect(try made.value().sum == 500_500)
  }

  @Test("an error thrown on the thread is thrown by value()")
  func errorReachesTheCaller() {
    let made = Background { () throws -> Int in throw Refused() }
    #expect(throws: Refused()) { try made.value() }
  }
}
