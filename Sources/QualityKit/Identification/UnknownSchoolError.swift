import Foundation

/// A school id that is not in the report, with the ids that look like a typo of it.
public struct UnknownSchoolError: Error, Sendable, Hashable, CustomStringConvertible,
  LocalizedError
{
  /// The id asked for.
  public let id: SchoolID
  /// The known ids closest to it, sorted, when the closest are within two edits (a dropped, doubled
  /// or changed character, case ignored); otherwise the first few known ids, so the message always
  /// shows what ids look like.
  public let suggestions: [SchoolID]
  /// Whether ``suggestions`` are near the id (`true`) or just examples of known ids (`false`).
  public let suggestionsAreNear: Bool

  /// The most ids a message lists.
  static let limit = 5

  /// The error for `id` among `known`, with the nearest known ids.
  ///
  /// Nearness is the edit distance of the pack-file loader's «опечатка?» test, so a typo in a
  /// school id is caught the way a typo in a pack file's key is.
  ///
  /// - Complexity: O(n · l²) for n known ids of length l.
  public init(id: SchoolID, known: [SchoolID]) {
    self.id = id
    let sorted = known.sorted()
    // Case is ignored for nearness («les05» is LES05); within two edits, only the closest count.
    let target = Array(id.rawValue.lowercased().utf8)
    let distances = sorted.map {
      LookAlike.editDistance(Array($0.rawValue.lowercased().utf8), target)
    }
    let best = distances.min() ?? .max
    let near = best <= 2 ? zip(sorted, distances).filter { $0.1 == best }.map(\.0) : []
    suggestionsAreNear = !near.isEmpty
    suggestions = Array((near.isEmpty ? sorted : near).prefix(Self.limit))
  }

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    let list = suggestions.map(\.rawValue).joined(separator: ", ")
    let ru = language == .russian
    var text = ru ? "школы «\(id)» нет в данных" : "school '\(id)' is not in the data"
    if suggestions.isEmpty {
      return text + (ru ? " (в данных нет ни одной школы)" : " (no schools)")
    }
    if suggestionsAreNear {
      text += ru ? "; похожие: \(list) — опечатка?" : "; similar ids: \(list) — a typo?"
    } else {
      text += ru ? "; примеры кодов школ: \(list)" : "; known ids include \(list)"
    }
    return text
  }

  /// The Russian message.
  public var description: String { message() }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
