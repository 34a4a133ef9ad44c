import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// ``Identifier/identifyCancellably(_:benchmarks:year:cohort:overrides:catalog:issues:minimumGroupSize:progress:)``
/// in a cancelled task: it throws `CancellationError` without finishing the work. The moment of
/// cancellation is fixed by the test, never left to timing.
@Suite struct CancellationTests {
  static let pack = Fixtures.krasnoyarskLikePack()

  @Test("a task cancelled before the call throws without evaluating anything")
  func cancelledBeforeStart() async throws {
    let dataset = try SyntheticCohort(seed: 3, schoolCount: 3000).dataset()
    let identifier = try Identifier(packs: [Self.pack])
    let recorder = ProgressReportingTests.Recorder()
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await identifier.identifyCancellably(dataset, progress: recorder.handler)
    }
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(recorder.reports.isEmpty)
  }

  /// The handler holds the run at its first report (identifying, 0 of 5) until the test has
  /// cancelled the task; then every criterion sees the flag before it starts, so none is
  /// evaluated and no school is classified.
  @Test("a task cancelled during the run stops before the next criterion")
  func cancelledOnFirstReport() async throws {
    let dataset = try SyntheticCohort(seed: 5, schoolCount: 4000).dataset()
    let identifier = try Identifier(packs: [Self.pack])
    let recorder = ProgressReportingTests.Recorder()
    let (first, reached) = AsyncStream.makeStream(of: Void.self)
    let resume = DispatchSemaphore(value: 0)
    let held = Once()
    let task = Task {
      try await identifier.identifyCancellably(dataset) { progress in
        recorder.handler(progress)
        guard held.first() else { return }
        reached.yield()
        resume.wait()
      }
    }
    for await _ in first { break }
    task.cancel()
    resume.signal()
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(recorder.reports == [RunProgress(phase: .identifying, completed: 0, total: 5)])
  }

  @Test("an uncancelled task gets the report, and a bad year is still an IdentificationError")
  func notCancelled() async throws {
    let identifier = try Identifier(packs: [Self.pack])
    let report = try await identifier.identifyCancellably(try Fixtures.smallMunicipality())
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["S1"])
    await #expect(throws: IdentificationError.self) {
      try await identifier.identifyCancellably(try Fixtures.smallMunicipality(), year: 1999)
    }
  }

  /// True the first time only.
  final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func first() -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if done { return false }
      done = true
      return true
    }
  }
}
