// swift-tools-version: 6.0
// libFuzzer targets for QualityKit's input readers (issue 17). A package of its own, so that the
// main package's `swift build` and `swift test` never see it; nothing depends on it. Build and run
// one target with `Scripts/fuzz.sh TARGET SECONDS` (see Tests/Fuzz/README.md).
import Foundation
import PackageDescription

// The main package is the folder above, whose identity is its folder's name (`QualityKit` in a
// clone named so, `wt-errs` in a worktree): products are looked up by that identity.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent

let quality = Target.Dependency.product(name: "QualityKit", package: mainPackage)
let rules = Target.Dependency.product(name: "QualityRules", package: mainPackage)

/// Each fuzz target: product name, target name, whether it needs the default packs.
let fuzzTargets: [(product: String, target: String, rules: Bool)] = [
  ("fuzz-csv", "FuzzCSV", false),
  ("fuzz-schools", "FuzzSchools", false),
  ("fuzz-values", "FuzzValues", false),
  ("fuzz-benchmarks", "FuzzBenchmarks", false),
  ("fuzz-json", "FuzzJSON", false),
  ("fuzz-pack", "FuzzPack", true),
  ("fuzz-zip", "FuzzZip", false),
  ("fuzz-inflate", "FuzzInflate", false),
]

let package = Package(
  name: "QualityKitFuzz",
  platforms: [.macOS(.v13)],
  products: fuzzTargets.map { .executable(name: $0.product, targets: [$0.target]) },
  dependencies: [.package(path: "..")],
  targets: [
    .target(name: "FuzzSupport", dependencies: [quality], path: "Sources/FuzzSupport")
  ]
    + fuzzTargets.map {
      .executableTarget(
        name: $0.target, dependencies: ["FuzzSupport", quality] + ($0.rules ? [rules] : []),
        path: "Sources/\($0.target)")
    },
  swiftLanguageModes: [.v6]
)
