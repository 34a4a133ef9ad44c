import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The reports a host's ``RunProgress/Handler`` receives from loading, identification, a history and
/// report writing, on data small enough to count by hand, and proof that asking for them changes
/// no output.
@Suite struct ProgressReportingTests {
  /// The reports received, in the order received.
  final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [RunProgress] = []

    var handler: RunProgress.Handler { { progress in self.record(progress) } }

    private func record(_ progress: RunProgress) {
      lock.lock()
      stored.append(progress)
      lock.unlock()
    }

    var reports: [RunProgress] {
      lock.lock()
      defer { lock.unlock() }
      return stored
    }

    /// The `completed` counts of `phase`, in order.
    func counts(_ phase: RunProgress.Phase) -> [Int] {
      reports.filter { $0.phase == phase }.map(\.completed)
    }
  }

  static let pack = Fixtures.krasnoyarskLikePack()

  @Test("loading reports each file: schools, values, benchmarks, 0 then 1 of 1")
  func loading() throws {
    let recorder = Recorder()
    typealias Sample = IOFixture.MakeDataset
    _ = try DatasetLoader.load(
      schools: CSVSource(name: "schools.csv", data: Data(Sample.schools.utf8)),
      values: [CSVSource(name: "values.csv", data: Data(Sample.values.utf8))],
      benchmarks: CSVSource(name: "benchmarks.csv", data: Data(Sample.benchmarks.utf8)),
      progress: recorder.handler)
    #expect(
      recorder.reports == [
        RunProgress(phase: .readingSchools, completed: 0, total: 1),
        RunProgress(phase: .readingSchools, completed: 1, total: 1),
        RunProgress(phase: .readingValues, completed: 0, total: 1),
        RunProgress(phase: .readingValues, completed: 1, total: 1),
        RunProgress(phase: .readingBenchmarks, completed: 0, total: 1),
        RunProgress(phase: .readingBenchmarks, completed: 1, total: 1),
      ])
  }

  @Test("no benchmarks file: no benchmarks phase")
  func loadingWithoutBenchmarks() throws {
    let recorder = Recorder()
    typealias Sample = IOFixture.MakeDataset
    _ = try DatasetLoader.load(
      schools: CSVSource(name: "schools.csv", data: Data(Sample.schools.utf8)),
      values: [CSVSource(name: "values.csv", data: Data(Sample.values.utf8))],
      benchmarks: nil, progress: recorder.handler)
    #expect(
      recorder.reports.map(\.phase) == [
        .readingSchools, .readingSchools, .readingValues, .readingValues,
      ])
  }

  /// Five criteria, one unit each, counted one at a time under the lock whatever thread finished
  /// which; the five schools are one classifying chunk.
  @Test("identification counts criteria one by one, then the schools")
  func identification() throws {
    let recorder = Recorder()
    let report = try Identifier(packs: [Self.pack]).identify(
      try Fixtures.smallMunicipality(), progress: recorder.handler)
    #expect(recorder.counts(.identifying) == [0, 1, 2, 3, 4, 5])
    #expect(recorder.counts(.classifying) == [0, 5])
    #expect(recorder.reports.map(\.total) == [5, 5, 5, 5, 5, 5, 5, 5])
    #expect(recorder.reports.first?.phase == .identifying)
    #expect(recorder.reports.last == RunProgress(phase: .classifying, completed: 5, total: 5))
    #expect(report.schools.count == 5)
  }

  /// 3,000 schools make two classifying chunks (2,048 + 952), done on two cores in either order,
  /// and JSON six writing chunks of 512, written in order.
  @Test("a larger run: every phase non-decreasing from 0 to its total")
  func largerRun() throws {
    let dataset = try SyntheticCohort(seed: 7, schoolCount: 3000).dataset()
    let recorder = Recorder()
    let report = try Identifier(packs: [Self.pack]).identify(dataset, progress: recorder.handler)
    var json = ""
    ReportFormat.json.write(report, to: &json, progress: recorder.handler)
    for phase in [RunProgress.Phase.identifying, .classifying, .writing] {
      let reports = recorder.reports.filter { $0.phase == phase }
      let counts = reports.map(\.completed)
      #expect(counts.first == 0)
      #expect(counts == counts.sorted())
      #expect(counts.last == reports.first?.total)
      #expect(Set(reports.map(\.total)).count == 1)
    }
    #expect([[0, 2048, 3000], [0, 952, 3000]].contains(recorder.counts(.classifying)))
    #expect(recorder.counts(.writing) == [0, 512, 1024, 1536, 2048, 2560, 3000])
  }

  @Test("a history counts its years", arguments: [ReportFormat.text, .markdown, .csv])
  func historyAndOtherFormats(format: ReportFormat) throws {
    let recorder = Recorder()
    _ = try IdentificationHistory(
      identifier: Identifier(packs: [Self.pack]), dataset: Fixtures.smallMunicipality(),
      progress: recorder.handler)
    // 2021 and 2022.
    #expect(recorder.counts(.identifying) == [0, 1, 2])
    let report = try Identifier(packs: [Self.pack]).identify(try Fixtures.smallMunicipality())
    var text = ""
    format.write(report, to: &text, progress: recorder.handler)
    #expect(recorder.counts(.writing) == [0, 5])
  }

  @Test("asking for progress changes no byte of the report", arguments: ReportFormat.allCases)
  func sameOutput(format: ReportFormat) async throws {
    let dataset = try SyntheticCohort(seed: 11, schoolCount: 600).dataset()
    let identifier = try Identifier(packs: [Self.pack])
    let plain = format.render(try identifier.identify(dataset))
    let recorder = Recorder()
    let followed = try identifier.identify(dataset, progress: recorder.handler)
    var written = ""
    format.write(followed, to: &written, progress: recorder.handler)
    #expect(written == plain)
    let cancellable = try await identifier.identifyCancellably(dataset, progress: recorder.handler)
    #expect(format.render(cancellable) == plain)
  }

  @Test("a report clamps its counts")
  func clamping() {
    #expect(RunProgress(phase: .writing, completed: 7, total: 5).completed == 5)
    #expect(RunProgress(phase: .writing, completed: -1, total: 5).completed == 0)
    #expect(RunProgress(phase: .writing, completed: 0, total: -3).total == 0)
    #expect(RunProgress(phase: .writing, completed: 0, total: 0).fraction == 1)
    #expect(RunProgress(phase: .writing, completed: 1, total: 4).fraction == 0.25)
  }

  @Test("unit names agree with the count in Russian")
  func unitNames() {
    let phase = RunProgress.Phase.identifying
    #expect(phase.unitName(1, in: .russian) == "критерия")
    #expect(phase.unitName(21, in: .russian) == "критерия")
    #expect(phase.unitName(11, in: .russian) == "критериев")
    #expect(phase.unitName(5, in: .russian) == "критериев")
    #expect(phase.unitName(111, in: .russian) == "критериев")
    #expect(RunProgress.Phase.writing.unitName(3, in: .russian) == "школ")
    #expect(RunProgress.Phase.readingValues.unitName(1, in: .english) == "file")
    #expect(RunProgress.Phase.readingValues.unitName(2, in: .english) == "files")
  }
}
