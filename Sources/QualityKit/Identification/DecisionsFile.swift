/// Reads a decisions file: `school_id;category;decision;act;date;reason`, one authority's decision
/// per row (see ``Decision``).
///
/// - `school_id` is a school of the schools file;
/// - `category` is a category id (`low_results`, `unfavourable_social_conditions`,
///   `non_objective_results`, or a pack's own) or the short name `ШНОР` or `ШНСУ`, and must be a
///   category the run's packs decide (`categories`): a decision about a list nobody computed has
///   nothing to change;
/// - `decision` is `include` or `exclude`, or the Russian `включить` or `исключить`, in any case;
/// - `act` names the act («приказ министерства образования Красноярского края № 309»), `date` is
///   its day as `ДД.ММ.ГГГГ` or `ГГГГ-ММ-ДД`, and `reason` says why; none may be empty.
///
/// Each row's cells are checked in column order, whatever the order of the columns in the file,
/// and the first problem is the row's error at its cell:
/// - an empty school id is ``CSVError/Kind/emptyIdentifier``, one not in `schools`
///   ``CSVError/Kind/unknownSchool(_:)``;
/// - an unknown category is ``Problem/unknownCategory(_:accepted:)`` naming the accepted values, a
///   category no pack of the run decides ``Problem/categoryNotDecided(_:decided:)``;
/// - an unknown decision word is ``Problem/unknownVerdict(_:)``;
/// - an empty act or reason is ``CSVError/Kind/missingValue(column:)``;
/// - a date in neither form, or a day that does not exist, is ``CSVError/Kind/invalidDate(_:)``;
/// - a school both included and excluded in one category is ``Problem/conflictingDecision(school:category:line:)``,
///   the same decision twice ``Problem/repeatedDecision(school:category:line:)``, both at the
///   second row's `decision` cell and naming the first row's line.
///
/// The header must name the six columns and no other (``CSVError/Kind/unexpectedColumn(_:)``). The
/// file is read like the data files: `;` or `,`, a byte order mark, quoted fields. In
/// ``CSVSource/ReadMode/collecting`` mode a bad row is left out and its error recorded.
///
/// - Complexity: O(n) in the size of the file.
///
/// ```swift
/// let decisions = try DecisionsFile.read(
///   CSVSource(name: "decisions.csv", text: """
///     school_id;category;decision;act;date;reason
///     LES04;ШНОР;включить;приказ № 309;15.08.2022;результаты ВПР ниже краевых
///     """),
///   schools: ["LES04"], categories: [.lowResults])
/// decisions[0].verdict   // .include
/// ```
public enum DecisionsFile {
  /// The columns of a decisions file, all required.
  public static let columns = ["school_id", "category", "decision", "act", "date", "reason"]

  /// The short names a file may give a category by instead of its id.
  static let shortNames: [String: SchoolCategory] = [
    "ШНОР": .lowResults, "ШНСУ": .unfavourableSocialConditions,
  ]

  /// Reads the decisions of a file, in file order.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - schools: The schools of the data: a decision about another is an error.
  ///   - categories: The categories the run's packs decide (``Identifier/categories``).
  ///   - mode: ``CSVSource/ReadMode/strict`` to throw the first error,
  ///     ``CSVSource/ReadMode/collecting`` to skip bad rows.
  ///   - rejected: Where collecting mode appends one error per rejected row.
  /// - Returns: The accepted decisions.
  /// - Throws: A structural ``CSVError`` in any mode (empty file, missing, repeated or unexpected
  ///   column, malformed quoting); any error in strict mode.
  /// - Complexity: O(n) in the size of the file.
  public static func read(
    _ source: CSVSource, schools: [SchoolID], categories: [SchoolCategory],
    mode: CSVSource.ReadMode, rejected: inout [CSVError]
  ) throws(CSVError) -> [Decision] {
    try source.locatingErrors(mode: mode, rejected: &rejected) {
      (source, rejected) throws(CSVError) in
      try readText(
        source, schools: schools, categories: categories, mode: mode, rejected: &rejected)
    }
  }

  /// The reading itself, of CSV text (a workbook's sheet already turned into it).
  private static func readText(
    _ source: CSVSource, schools: [SchoolID], categories: [SchoolCategory],
    mode: CSVSource.ReadMode, rejected: inout [CSVError]
  ) throws(CSVError) -> [Decision] {
    var reader = CSVReader(source)
    let header = try CSVHeader(reading: &reader)
    let schoolField = try header.require("school_id")
    let categoryField = try header.require("category")
    let decisionField = try header.require("decision")
    let actField = try header.require("act")
    let dateField = try header.require("date")
    let reasonField = try header.require("reason")
    try header.rejectColumns(otherThan: Set(columns))
    let known = Set(schools)
    var byID: [String: SchoolCategory] = [:]
    for category in SchoolCategory.known + categories { byID[category.id] = category }
    let decided = Set(categories)
    let accepted =
      (SchoolCategory.known + categories.filter { !SchoolCategory.known.contains($0) }).map(\.id)
      + shortNames.keys.sorted()

    var decisions: [Decision] = []
    var lines: [Key: (verdict: Decision.Verdict, line: Int)] = [:]
    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      do throws(CSVError) {
        let school = try reader.schoolID(at: schoolField)
        guard known.contains(school) else {
          throw reader.error(.unknownSchool(school), column: schoolField + 1)
        }
        let categoryText = try reader.requiredString(at: categoryField, column: "category")
        guard
          let category = byID[categoryText] ?? byID[categoryText.lowercased()]
            ?? shortNames[categoryText.uppercased()]
        else {
          throw reader.error(
            .decisionProblem(.unknownCategory(categoryText, accepted: accepted)),
            column: categoryField + 1)
        }
        guard decided.contains(category) else {
          throw reader.error(
            .decisionProblem(.categoryNotDecided(category.id, decided: categories.map(\.id))),
            column: categoryField + 1)
        }
        let verdictText = try reader.requiredString(at: decisionField, column: "decision")
        guard let verdict = Decision.Verdict(spelling: verdictText) else {
          throw reader.error(
            .decisionProblem(.unknownVerdict(verdictText)), column: decisionField + 1)
        }
        let act = try reader.requiredString(at: actField, column: "act")
        let dateText = try reader.requiredString(at: dateField, column: "date")
        guard let date = CalendarDate(dateText) else {
          throw reader.error(.invalidDate(dateText), column: dateField + 1)
        }
        let reason = try reader.requiredString(at: reasonField, column: "reason")
        let key = Key(school: school, category: category.id)
        if let first = lines[key] {
          let problem: Problem =
            first.verdict == verdict
            ? .repeatedDecision(school: school, category: category.id, line: first.line)
            : .conflictingDecision(school: school, category: category.id, line: first.line)
          throw reader.error(.decisionProblem(problem), column: decisionField + 1)
        }
        lines[key] = (verdict, reader.line)
        decisions.append(
          Decision(
            school: school, category: category, verdict: verdict, act: act, date: date,
            reason: reason))
      } catch {
        try mode.reject(error, into: &rejected)
      }
    }
    return decisions
  }

  /// Reads the decisions of a file, throwing the first error.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - schools: The schools of the data.
  ///   - categories: The categories the run's packs decide.
  /// - Returns: The decisions, in file order.
  /// - Throws: The first ``CSVError``.
  /// - Complexity: O(n) in the size of the file.
  public static func read(
    _ source: CSVSource, schools: [SchoolID], categories: [SchoolCategory]
  ) throws(CSVError) -> [Decision] {
    var rejected: [CSVError] = []
    return try read(
      source, schools: schools, categories: categories, mode: .strict, rejected: &rejected)
  }

  /// A school in a category: what one file may decide once.
  private struct Key: Hashable {
    let school: SchoolID
    let category: String
  }
}
