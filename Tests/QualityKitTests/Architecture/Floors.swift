import Foundation

/// The floors of the house (see `Guides/Architecture.md`): each folder of `Sources/QualityKit` on
/// one floor, QualityRules above them all. A file may name the types of its own floor and of the
/// floors below, never one declared only on a floor above: an arrow that runs back up.
///
/// The check reads source text, not the compiler's index: for each folder it collects the type
/// names declared at the top level of its files (`struct`, `enum`, `class`, `protocol`,
/// `typealias`, `actor`), then tokenises every file — comments and the text of string literals
/// left out, interpolated code kept — and reports each capitalised identifier that only a higher
/// floor declares. A name the folder itself declares, nested or not, is its own (`DataIssue`'s
/// nested `Severity` is not the identification domain's). An extension's file counts for the
/// folder it is in, so `extension CSVError.Kind` in `Monitoring/` is the monitoring domain's.
enum Floors {
  /// A floor, lowest first.
  struct Floor: Sendable {
    let name: String
    let folders: [String]
  }

  /// The floors, lowest first; a folder is `Module/First` (`QualityKit/Identification` holds
  /// `Identification/History`), or a whole module (`QualityRules`).
  static let floors: [Floor] = [
    Floor(
      name: "ground: values and output primitives",
      folders: [
        "QualityKit/Model", "QualityKit/Concurrency", "QualityKit/Progress",
        "QualityKit/Archive", "QualityKit/IO", "QualityKit/Output",
      ]),
    Floor(
      name: "domain",
      folders: [
        "QualityKit/Parameters", "QualityKit/Criteria", "QualityKit/Indices",
        "QualityKit/Identification", "QualityKit/Indicators", "QualityKit/Monitoring",
        "QualityKit/Measures", "QualityKit/Programme",
      ]),
    Floor(name: "packs", folders: ["QualityKit/Packs"]),
    Floor(name: "pack files", folders: ["QualityKit/PackFiles"]),
    Floor(name: "reports", folders: ["QualityKit/Reports"]),
    Floor(name: "regions", folders: ["QualityRules"]),
  ]

  /// The floor of each folder, by its position in ``floors``.
  static var floorOfFolder: [String: Int] {
    var map: [String: Int] = [:]
    for (index, floor) in floors.enumerated() {
      for folder in floor.folders { map[folder] = index }
    }
    return map
  }

  /// An arrow that runs back up: `file` at `line` names `type`, declared only in `declaredIn`, a
  /// folder on a higher floor.
  struct Violation: Hashable, CustomStringConvertible {
    let file: String
    let line: Int
    let type: String
    let declaredIn: String

    var description: String {
      "\(file):\(line): \(type) is declared in \(declaredIn), a floor above"
    }
  }

  /// The folder of a path relative to `Sources` (`QualityKit/Identification/History/X.swift` →
  /// `QualityKit/Identification`; `QualityRules/Amur/X.swift` → `QualityRules`), or `nil` for a
  /// file of no folder.
  static func folder(of path: String, in floorOfFolder: [String: Int]) -> String? {
    let parts = path.split(separator: "/").map(String.init)
    guard parts.count >= 2 else { return nil }
    if floorOfFolder[parts[0]] != nil { return parts[0] }
    guard parts.count >= 3 else { return nil }
    return parts[0] + "/" + parts[1]
  }

  /// The arrows that run back up among `files` (text by path relative to `Sources`), with folders
  /// on `floorOfFolder`; a file in a folder of no floor is reported as `unplaced`.
  static func violations(
    in files: [String: String], floorOfFolder: [String: Int] = floorOfFolder
  ) -> (violations: [Violation], unplaced: [String]) {
    var topLevel: [String: Set<String>] = [:]  // type name → folders declaring it at top level
    var own: [String: Set<String>] = [:]  // folder → every type name it declares
    var unplaced: [String] = []
    var folderOfFile: [String: String] = [:]
    for (path, text) in files {
      guard let folder = folder(of: path, in: floorOfFolder), floorOfFolder[folder] != nil else {
        unplaced.append(path)
        continue
      }
      folderOfFile[path] = folder
      for declaration in declarations(in: text) {
        own[folder, default: []].insert(declaration.name)
        if declaration.isTopLevel { topLevel[declaration.name, default: []].insert(folder) }
      }
    }
    var violations: [Violation] = []
    for (path, folder) in folderOfFile {
      guard let floor = floorOfFolder[folder], let text = files[path] else { continue }
      var seen = Set<String>()
      for token in typeTokens(in: text) where seen.insert(token.name).inserted {
        guard own[folder]?.contains(token.name) != true,
          let declaring = topLevel[token.name],
          declaring.allSatisfy({ (floorOfFolder[$0] ?? 0) > floor })
        else { continue }
        violations.append(
          Violation(
            file: path, line: token.line, type: token.name,
            declaredIn: declaring.sorted().joined(separator: ", ")))
      }
    }
    return (
      violations.sorted { ($0.file, $0.line, $0.type) < ($1.file, $1.line, $1.type) },
      unplaced.sorted()
    )
  }

  /// The type declarations of a file: the name, and whether it is at the top level (the keyword's
  /// line is not indented).
  static func declarations(in text: String) -> [(name: String, isTopLevel: Bool)] {
    let keywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
    let modifiers: Set<String> = [
      "public", "internal", "fileprivate", "private", "package", "final", "indirect", "open",
      "nonisolated",
    ]
    var found: [(name: String, isTopLevel: Bool)] = []
    for line in code(of: text).split(separator: "\n", omittingEmptySubsequences: false) {
      let isTopLevel = !(line.first?.isWhitespace ?? true)
      var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
      while let first = words.first, first.hasPrefix("@") || modifiers.contains(first) {
        words = words.dropFirst()
      }
      guard let keyword = words.first, keywords.contains(keyword), words.count >= 2 else {
        continue
      }
      let name = String(
        words[words.startIndex + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
      if let initial = name.first, initial.isUppercase { found.append((name, isTopLevel)) }
    }
    return found
  }

  /// The capitalised identifiers of a file's code, each with its 1-based line.
  static func typeTokens(in text: String) -> [(name: String, line: Int)] {
    var tokens: [(name: String, line: Int)] = []
    var line = 1
    var current = ""
    var currentLine = 1
    func flush() {
      // A number (`1e5`) starts with a digit, a type name with a capital.
      if let initial = current.first, initial.isUppercase { tokens.append((current, currentLine)) }
      current = ""
    }
    for character in code(of: text) {
      if character.isLetter || character.isNumber || character == "_" {
        if current.isEmpty { currentLine = line }
        current.append(character)
      } else {
        flush()
        if character == "\n" { line += 1 }
      }
    }
    flush()
    return tokens
  }

  /// The code of a Swift file: comments and the text of string literals replaced by spaces (line
  /// breaks kept, so lines still count), interpolations `\(…)` kept as code.
  static func code(of text: String) -> String {
    enum Context {
      case code(parens: Int)
      case string(hashes: Int, multiline: Bool)
    }
    let characters = Array(text)
    var output = ""
    output.reserveCapacity(characters.count)
    var stack: [Context] = [.code(parens: 0)]
    var index = 0
    func at(_ offset: Int) -> Character? {
      index + offset < characters.count ? characters[index + offset] : nil
    }
    func blank(_ character: Character) { output.append(character == "\n" ? "\n" : " ") }
    while index < characters.count {
      let character = characters[index]
      switch stack[stack.count - 1] {
      case .code(let parens):
        if character == "/" && at(1) == "/" {
          while index < characters.count && characters[index] != "\n" {
            blank(characters[index])
            index += 1
          }
          continue
        }
        if character == "/" && at(1) == "*" {
          var depth = 0
          repeat {
            if characters[index] == "/" && at(1) == "*" {
              depth += 1
              output += "  "
              index += 2
            } else if characters[index] == "*" && at(1) == "/" {
              depth -= 1
              output += "  "
              index += 2
            } else {
              blank(characters[index])
              index += 1
            }
          } while depth > 0 && index < characters.count
          continue
        }
        if character == "#" || character == "\"" {
          var hashes = 0
          while at(hashes) == "#" { hashes += 1 }
          if at(hashes) == "\"" {
            let multiline = at(hashes + 1) == "\"" && at(hashes + 2) == "\""
            let opening = hashes + (multiline ? 3 : 1)
            for _ in 0..<opening { output.append(" ") }
            index += opening
            stack.append(.string(hashes: hashes, multiline: multiline))
            continue
          }
        }
        if character == "(" {
          stack[stack.count - 1] = .code(parens: parens + 1)
        } else if character == ")" {
          if parens == 0 && stack.count > 1 {
            // The end of an interpolation: back into its string.
            stack.removeLast()
            output.append(" ")
            index += 1
            continue
          }
          stack[stack.count - 1] = .code(parens: max(0, parens - 1))
        }
        output.append(character)
        index += 1
      case .string(let hashes, let multiline):
        if character == "\\" {
          var count = 0
          while count < hashes && at(1 + count) == "#" { count += 1 }
          if count == hashes {
            if at(1 + hashes) == "(" {
              for _ in 0..<(hashes + 2) { output.append(" ") }
              index += hashes + 2
              stack.append(.code(parens: 0))
              continue
            }
            // An escaped character: skip it, whatever it is.
            for _ in 0..<(hashes + 1) { output.append(" ") }
            index += hashes + 1
            if index < characters.count {
              blank(characters[index])
              index += 1
            }
            continue
          }
        }
        if character == "\"" {
          let quotes = multiline ? 3 : 1
          var closes = true
          for offset in 0..<quotes where at(offset) != "\"" { closes = false }
          for offset in 0..<hashes where at(quotes + offset) != "#" { closes = false }
          if closes {
            for _ in 0..<(quotes + hashes) { output.append(" ") }
            index += quotes + hashes
            stack.removeLast()
            continue
          }
        }
        blank(character)
        index += 1
      }
    }
    return output
  }
}
