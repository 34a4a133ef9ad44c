// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "QualityKit",
  platforms: [.macOS(.v13)],
  products: [
    // Libraries
    .library(name: "QualityKit", targets: ["QualityKit"]),
    .library(name: "QualityRules", targets: ["QualityRules"]),
    // Examples
    .executable(name: "identify-schools", targets: ["IdentifySchools"]),
    .executable(name: "first-program", targets: ["FirstProgram"]),
    .executable(name: "custom-criterion", targets: ["CustomCriterion"]),
    .executable(name: "track-indicators", targets: ["TrackIndicators"]),
    .executable(name: "plan-support", targets: ["PlanSupport"]),
    .executable(name: "make-region", targets: ["MakeRegion"]),
    // Benchmarks
    .executable(name: "qualitykit-benchmark", targets: ["QualityKitBenchmark"]),
  ],
  targets: [
    // Libraries
    .target(name: "QualityKit", exclude: ["Documentation.docc"]),
    .target(name: "QualityRules", dependencies: ["QualityKit"], exclude: ["Documentation.docc"]),

    // Examples
    .target(
      name: "ExampleData",
      dependencies: ["QualityKit", "QualityRules"],
      path: "Examples/Data",
      exclude: ["README.md", "custom-municipality.json", "Tbilissky"],
      sources: [
        "ExampleData.swift", "CommandLineReader.swift", "PackSelection.swift", "RunError.swift",
        "TableOutput.swift",
        "TerminalProgress.swift", "Background.swift",
      ],
      resources: [
        .copy("schools.csv"), .copy("values.csv"), .copy("benchmarks.csv"), .copy("reported.csv"),
        .copy("monitoring-records.csv"), .copy("decisions.csv"),
      ]
    ),
    // The README's first program: only the two libraries, as an embedding host has them.
    .executableTarget(
      name: "FirstProgram",
      dependencies: ["QualityKit", "QualityRules"],
      path: "Examples/FirstProgram"
    ),
    .executableTarget(
      name: "IdentifySchools",
      dependencies: ["QualityKit", "QualityRules", "ExampleData"],
      path: "Examples/IdentifySchools"
    ),
    .executableTarget(
      name: "TrackIndicators",
      dependencies: ["QualityKit", "QualityRules", "ExampleData"],
      path: "Examples/TrackIndicators"
    ),
    .executableTarget(
      name: "PlanSupport",
      dependencies: ["QualityKit", "QualityRules", "ExampleData"],
      path: "Examples/PlanSupport"
    ),
    .target(
      name: "RegionGenerator",
      dependencies: ["QualityKit", "QualityRules"],
      path: "Examples/RegionGenerator"
    ),
    .executableTarget(
      name: "MakeRegion",
      dependencies: ["QualityKit", "QualityRules", "ExampleData", "RegionGenerator"],
      path: "Examples/MakeRegion"
    ),
    .executableTarget(
      name: "CustomCriterion",
      dependencies: ["QualityKit", "QualityRules", "ExampleData"],
      path: "Examples/CustomCriterion"
    ),

    // Benchmarks
    .executableTarget(
      name: "QualityKitBenchmark",
      dependencies: ["QualityKit", "QualityRules"],
      path: "Benchmarks/QualityKitBenchmark"
    ),

    // Test support
    .target(
      name: "QualityKitTestSupport",
      dependencies: ["QualityKit"],
      path: "Tests/QualityKitTestSupport"
    ),

    // Tests
    .testTarget(
      name: "QualityKitTests",
      dependencies: ["QualityKit", "QualityKitTestSupport"]
    ),
    .testTarget(
      name: "QualityRulesTests",
      dependencies: ["QualityKit", "QualityRules", "QualityKitTestSupport", "RegionGenerator"],
      resources: [.copy("Seeds")]
    ),
    .testTarget(
      name: "ExamplesTests",
      // QualityRules for `DefaultPacks.all`: the tests run every registered pack, listing none.
      dependencies: [
        "QualityKit", "QualityRules", "QualityKitTestSupport", "RegionGenerator", "ExampleData",
      ],
      resources: [.copy("Snapshots")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
