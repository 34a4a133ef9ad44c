/// The sheets of a workbook and where its parts are: `_rels/.rels` names the workbook part
/// (usually `xl/workbook.xml`), the workbook lists its sheets (`<sheet name="…" r:id="…"/>`) and
/// whether dates count from 1904 (`<workbookPr date1904="1"/>`), and its relationships
/// (`xl/_rels/workbook.xml.rels`) give each sheet's part, the shared strings and the styles.
///
/// - Complexity: O(n) in the size of the three small parts.
///
/// ```swift
/// let index = try WorkbookIndex(archive)
/// index.sheets.map(\.name)   // ["Школы", "Значения"]
/// ```
struct WorkbookIndex: Sendable {
  /// One sheet of the book, in the book's order.
  struct Sheet: Sendable, Hashable {
    /// The name on its tab.
    var name: String
    /// Its part in the archive, e.g. `xl/worksheets/sheet1.xml`; `nil` when the relationship is
    /// missing.
    var part: String?
    /// Whether it is a worksheet (a table), not a chart or macro sheet.
    var isWorksheet: Bool
  }

  /// The workbook part's path.
  var workbookPart: String
  var sheets: [Sheet] = []
  var sharedStringsPart: String?
  var stylesPart: String?
  /// Whether serial dates count from 1904-01-01 instead of 1900.
  var date1904 = false

  /// Reads the index of the workbook in `archive`.
  ///
  /// - Throws: ``WorkbookProblem/binaryWorkbook``, ``WorkbookProblem/openDocument``,
  ///   ``WorkbookProblem/notAWorkbook`` for archives that are no `.xlsx`; XML problems of the parts.
  init(_ archive: WorkbookArchive) throws(CSVError) {
    let file = archive.name
    func problem(_ problem: WorkbookProblem) -> CSVError {
      CSVError(kind: .workbook(problem), file: file, line: 0, column: 0)
    }
    var workbookPart = "xl/workbook.xml"
    if let rels = try archive.part("_rels/.rels") {
      do throws(WorkbookProblem) {
        for relation in try Self.relationships(rels, part: "_rels/.rels", base: "")
        where relation.type.hasSuffix("/officeDocument") {
          workbookPart = relation.target
        }
      } catch {
        throw problem(error)
      }
    }
    if workbookPart.lowercased().hasSuffix(".bin") { throw problem(.binaryWorkbook) }
    guard let workbook = try archive.part(workbookPart) else {
      if let mimetype = try archive.part("mimetype"),
        String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
      {
        throw problem(.openDocument)
      }
      throw problem(.notAWorkbook)
    }
    self.workbookPart = workbookPart
    let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
    let relsPath =
      (folder.isEmpty ? "" : folder + "/") + "_rels/"
      + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
    var targets: [String: (target: String, type: String)] = [:]
    let workbookRels = try archive.part(relsPath)
    do throws(WorkbookProblem) {
      if let rels = workbookRels {
        for relation in try Self.relationships(rels, part: relsPath, base: folder) {
          targets[relation.id] = (relation.target, relation.type)
          if relation.type.hasSuffix("/sharedStrings") { sharedStringsPart = relation.target }
          if relation.type.hasSuffix("/styles") { stylesPart = relation.target }
        }
      }
      var listed: [(name: String, id: String?)] = []
      var date1904 = false
      try XMLCursor.walk(workbook, part: workbookPart) {
        (cursor: inout XMLCursor) throws(WorkbookProblem) in
        while let tag = try cursor.nextTag() {
          guard !tag.isEnd else { continue }
          if cursor.tag(tag, is: "sheet") {
            let name = try cursor.attribute("name", of: tag) ?? ""
            listed.append((name, try cursor.attribute("id", of: tag, prefixed: true)))
          } else if cursor.tag(tag, is: "workbookPr") {
            let value = try cursor.attribute("date1904", of: tag) ?? "0"
            date1904 = value == "1" || value.lowercased() == "true"
          }
        }
      }
      self.date1904 = date1904
      sheets = listed.map { sheet in
        let target = sheet.id.flatMap { targets[$0] }
        return Sheet(
          name: sheet.name, part: target?.target,
          isWorksheet: target.map { $0.type.hasSuffix("/worksheet") } ?? true)
      }
    } catch {
      throw problem(error)
    }
    if sharedStringsPart == nil, try archive.part(folder + "/sharedStrings.xml") != nil {
      sharedStringsPart = folder + "/sharedStrings.xml"
    }
  }

  /// The relationships of a `.rels` part, targets resolved against `base` (the folder of the part
  /// they belong to); external targets are left out.
  static func relationships(_ bytes: [UInt8], part: String, base: String) throws(WorkbookProblem)
    -> [(id: String, type: String, target: String)]
  {
    try XMLCursor.walk(bytes, part: part) { (cursor: inout XMLCursor) throws(WorkbookProblem) in
      var found: [(id: String, type: String, target: String)] = []
      while let tag = try cursor.nextTag() {
        guard !tag.isEnd, cursor.tag(tag, is: "Relationship") else { continue }
        if try cursor.attribute("TargetMode", of: tag) == "External" { continue }
        guard let target = try cursor.attribute("Target", of: tag) else { continue }
        found.append(
          (
            try cursor.attribute("Id", of: tag) ?? "", try cursor.attribute("Type", of: tag) ?? "",
            resolve(target, against: base)
          ))
      }
      return found
    }
  }

  /// A relationship's target as an archive path: `/xl/a.xml` from the root, `a.xml` and
  /// `../a.xml` from `base`.
  static func resolve(_ target: String, against base: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
    for part in target.split(separator: "/") {
      if part == ".." {
        _ = parts.popLast()
      } else if part != "." {
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }
}
