/// The packs as a rule book: what a methodologist reads to check the library against the order —
/// `identify-schools --describe` in text, Markdown and the formats that link (HTML).
///
/// The book opens with a table of contents (each pack and each of its sections, as links), then
/// gives every pack: its code, version, region and documents, then its criteria, indices, category
/// rules, parameters, target indicators, monitoring procedures, support measures and their expected
/// results. Every entry is a heading with an anchor, so a category rule can link the criteria it
/// combines and a measure the criteria it answers; each gives its id in code font (a reader quotes
/// it to a program or to `--set`), its rationale, and its provenance: the document and section, the
/// verbatim quote and whether the document states the rule («установлено документом») or the
/// library derived it («выведено», with the reading). Everything else is named by its title.
///
/// Anchors are `pack-<pack>`, `pack-<pack>-<section>` and `pack-<pack>-<kind>-<id>` with the
/// pack's prefix of the id left out (`pack-krasnoyarsk-criterion-results_lowest_quarter`); a
/// character other than a letter, digit, `-`, `_` or `.` becomes `-`, and an anchor taken twice
/// (two packs of one id) gets `-2`, `-3`.
///
/// - Complexity: O(p) in the total number of rules of the packs.
struct RuleBook {
  typealias Inline = ReportDocument.Inline

  /// The packs, in order.
  var packs: [RulePack]
  /// The language of the text.
  var language: Language
  /// Metric titles for the data a criterion reads and an index's components. A host's own metric
  /// is not in it and is named by its key.
  var catalog: MetricCatalog = .standard

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  // MARK: - Sections and anchors

  /// A section of a pack, in the book's order.
  enum Section: CaseIterable {
    case criteria, indices, categoryRules, parameters, indicators, monitoring, measures
    case expectedResults, programmeResults, stages, risks

    /// The anchor's last part.
    var slug: String {
      switch self {
      case .criteria: "criteria"
      case .indices: "indices"
      case .categoryRules: "category-rules"
      case .parameters: "parameters"
      case .indicators: "indicators"
      case .monitoring: "monitoring"
      case .measures: "measures"
      case .expectedResults: "expected-results"
      case .programmeResults: "programme-results"
      case .stages: "stages"
      case .risks: "risks"
      }
    }

    /// The heading.
    func title(in language: Language) -> String {
      switch (self, language) {
      case (.criteria, .russian): "Критерии"
      case (.criteria, .english): "Criteria"
      case (.indices, .russian): "Индексы"
      case (.indices, .english): "Composite indices"
      case (.categoryRules, .russian): "Правила категорий"
      case (.categoryRules, .english): "Category rules"
      case (.parameters, .russian): "Параметры"
      case (.parameters, .english): "Parameters"
      case (.indicators, .russian): "Целевые показатели"
      case (.indicators, .english): "Target indicators"
      case (.monitoring, .russian): "Процедуры мониторинга"
      case (.monitoring, .english): "Monitoring procedures"
      case (.measures, .russian): "Меры поддержки"
      case (.measures, .english): "Support measures"
      case (.expectedResults, .russian): "Ожидаемые результаты"
      case (.expectedResults, .english): "Expected results"
      case (.programmeResults, .russian): "Ожидаемые результаты программы"
      case (.programmeResults, .english): "Expected results of the programme"
      case (.stages, .russian): "Этапы программы"
      case (.stages, .english): "Programme stages"
      case (.risks, .russian): "Риски программы"
      case (.risks, .english): "Programme risks"
      }
    }

    /// How many entries the section has in `pack`; a section without any is left out.
    func count(in pack: RulePack) -> Int {
      switch self {
      case .criteria: pack.criteria.count
      case .indices: pack.indices.count
      case .categoryRules: pack.categoryRules.count
      case .parameters: pack.allParameters.count
      case .indicators: pack.indicators.count
      case .monitoring: pack.monitoring.count
      case .measures: pack.measures.count
      case .expectedResults:
        pack.measures.filter {
          $0.measureDescription.expectedResult != nil || $0.measureDescription.target != nil
        }.count
      case .programmeResults: pack.expectedResults.count
      case .stages: pack.stages.count
      case .risks: pack.risks.count
      }
    }
  }

  /// Hands out anchors, each once: the second claim of one anchor gets `-2`.
  private struct AnchorBook {
    private var used: Set<String> = []

    mutating func claim(_ anchor: String) -> String {
      var candidate = anchor
      var suffix = 2
      while !used.insert(candidate).inserted {
        candidate = "\(anchor)-\(suffix)"
        suffix += 1
      }
      return candidate
    }
  }

  /// The anchors of one pack's headings, so that links can be made before the headings are.
  struct PackAnchors {
    var pack = ""
    var sections: [Section: String] = [:]
    var criteria: [CriterionID: String] = [:]
    var indices: [IndexID: String] = [:]
    /// By the rule's position in the pack.
    var rules: [String] = []
    var indicators: [IndicatorID: String] = [:]
    var procedures: [MonitoringProcedureID: String] = [:]
    var measures: [MeasureID: String] = [:]
    /// Expected results, stages and risks.
    var programme: [ProgrammeElementID: String] = [:]
  }

  /// The book's own anchors: the title and the table of contents.
  static let titleAnchor = "rule-book"
  static let contentsAnchor = "contents"

  /// `text` with every character an anchor should not hold (a space, `#`, `/`) as `-`.
  static func slug(_ text: String) -> String {
    String(text.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
  }

  /// Every pack's anchors, claimed in document order.
  func anchors() -> [PackAnchors] {
    var book = AnchorBook()
    _ = book.claim(Self.titleAnchor)
    _ = book.claim(Self.contentsAnchor)
    return packs.map { pack in
      var anchors = PackAnchors()
      let base = "pack-" + Self.slug(pack.id.rawValue)
      anchors.pack = book.claim(base)
      // An entry's id usually repeats the pack's: the anchor says it once.
      func entry(_ kind: String, _ id: String) -> String {
        let prefix = pack.id.rawValue + "."
        let short =
          id.hasPrefix(prefix) && id.count > prefix.count ? String(id.dropFirst(prefix.count)) : id
        return book.claim("\(anchors.pack)-\(kind)-\(Self.slug(short))")
      }
      for section in Section.allCases where section.count(in: pack) > 0 {
        anchors.sections[section] = book.claim("\(anchors.pack)-\(section.slug)")
      }
      for criterion in pack.criteria where anchors.criteria[criterion.id] == nil {
        anchors.criteria[criterion.id] = entry("criterion", criterion.id.rawValue)
      }
      for index in pack.indices where anchors.indices[index.id] == nil {
        anchors.indices[index.id] = entry("index", index.id.rawValue)
      }
      anchors.rules = pack.categoryRules.map { rule in
        entry("rule", rule.category.id + (rule.severity.map { "-" + $0.id } ?? ""))
      }
      for indicator in pack.indicators where anchors.indicators[indicator.id] == nil {
        anchors.indicators[indicator.id] = entry("indicator", indicator.id.rawValue)
      }
      for procedure in pack.monitoring where anchors.procedures[procedure.id] == nil {
        anchors.procedures[procedure.id] = entry("procedure", procedure.id.rawValue)
      }
      for measure in pack.measures where anchors.measures[measure.id] == nil {
        anchors.measures[measure.id] = entry("measure", measure.id.rawValue)
      }
      let programme =
        pack.expectedResults.map { ("result", $0.id) } + pack.stages.map { ("stage", $0.id) }
        + pack.risks.map { ("risk", $0.id) }
      for (kind, id) in programme where anchors.programme[id] == nil {
        anchors.programme[id] = entry(kind, id.rawValue)
      }
      return anchors
    }
  }

  // MARK: - The book

  /// The rule book.
  func document() -> ReportDocument {
    let anchors = anchors()
    var document = ReportDocument()
    document.heading(1, t("Свод правил", "Rule book"), anchor: Self.titleAnchor)
    document.paragraph(
      Inline(
        t(
          "Что записано в пакетах правил и откуда: критерии, индексы, правила категорий, "
            + "параметры, целевые показатели, процедуры мониторинга, меры поддержки, ожидаемые "
            + "результаты, этапы и риски программы. У каждого "
            + "правила — документ, раздел, дословная цитата и основание: «установлено документом» "
            + "или «выведено» (прочтение библиотеки и его обоснование). Код правила нужен "
            + "программам, ключ параметра — для ",
          "What the rule packs contain and where it comes from: criteria, indices, category "
            + "rules, parameters, target indicators, monitoring procedures, support measures, and "
            + "the programme's expected results, stages and risks. Each rule gives its document, section, verbatim quote and basis: «stated by the "
            + "document» or «derived» (the library's reading and why). A rule's code is for "
            + "programs, a parameter's key for ")) + .code("--set") + Inline("."))
    document.blank(.textOnly)
    contents(anchors, into: &document)
    for (pack, packAnchors) in zip(packs, anchors) {
      PackChapter(book: self, pack: pack, anchors: packAnchors, all: anchors)
        .write(into: &document)
    }
    return document
  }

  /// The table of contents: each pack, and under it each of its sections with how many entries.
  private func contents(_ anchors: [PackAnchors], into document: inout ReportDocument) {
    document.heading(2, t("Содержание", "Contents"), anchor: Self.contentsAnchor)
    for (pack, packAnchors) in zip(packs, anchors) {
      document.item(.link(pack.title[language], anchor: packAnchors.pack))
      for section in Section.allCases {
        guard let anchor = packAnchors.sections[section] else { continue }
        let title = "\(section.title(in: language)) (\(section.count(in: pack)))"
        document.item(.link(title, anchor: anchor), level: 1)
      }
    }
    document.blank()
  }

  // MARK: - Words shared by the chapters

  /// «установлено документом» or «выведено».
  func kindTitle(_ kind: Provenance.Kind) -> String {
    kind == .stated
      ? t("установлено документом", "stated by the document") : t("выведено", "derived")
  }

  /// `value` with its unit: «60 %», «10 п.п.», «0,25 (доля)», «0 (выкл.)».
  func valueText(_ value: Double, _ unit: PackParameter.Unit) -> String {
    let number = NumberText.format(value, decimals: 6, language)
    switch unit {
    case .percent: return number + " %"
    case .percentagePoints: return number + " " + unit.title(in: language)
    case .flag: return number + (value == 1 ? t(" (вкл.)", " (on)") : t(" (выкл.)", " (off)"))
    default: return number + " (" + unit.title(in: language) + ")"
    }
  }

  /// A metric by its title, or by its key in code font when the catalogue does not know it.
  func metric(_ key: MetricKey) -> Inline {
    catalog[key].map { Inline($0.title[language]) } ?? .code(key.rawValue)
  }

  /// `parts` with `separator` between them.
  func joined(_ parts: [Inline], separator: String = "; ") -> Inline {
    guard var result = parts.first else { return Inline("") }
    for part in parts.dropFirst() { result = result + Inline(separator) + part }
    return result
  }
}

// MARK: - One pack

/// One pack's chapter of the ``RuleBook``.
private struct PackChapter {
  typealias Inline = ReportDocument.Inline
  typealias Section = RuleBook.Section

  let book: RuleBook
  let pack: RulePack
  let anchors: RuleBook.PackAnchors
  /// Every pack's anchors: an extended pack links its base when the book has it.
  let all: [RuleBook.PackAnchors]

  private var language: Language { book.language }
  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  func write(into document: inout ReportDocument) {
    document.heading(2, pack.title[language], anchor: anchors.pack)
    field(
      t("Пакет", "Pack"),
      .code(pack.id.rawValue) + Inline(t(", версия ", ", version ") + pack.version), &document)
    field(t("Регион", "Region"), Inline(pack.region[language]), &document)
    field(
      t("Документы", "Documents"),
      IdentificationDocument.documents(pack.sources, titles: pack.sourceTitles, in: language),
      &document)
    listing(&document)
    if let base = pack.extends {
      let baseLink = book.packs.firstIndex { $0.id == base }.map { index in
        Inline.link(book.packs[index].title[language], anchor: all[index].pack)
      }
      field(t("Расширяет пакет", "Extends pack"), baseLink ?? .code(base.rawValue), &document)
    }
    document.blank()
    if let notes = pack.notes {
      document.paragraph(t("Примечание: ", "Note: ") + notes[language])
      document.blank(.textOnly)
    }
    if section(.criteria, &document) {
      for item in pack.criteria { criterion(item, &document) }
    }
    if section(.indices, &document) {
      for item in pack.indices { index(item, &document) }
    }
    if section(.categoryRules, &document) {
      for (position, rule) in pack.categoryRules.enumerated() {
        self.rule(rule, anchor: anchors.rules[position], &document)
      }
    }
    if section(.parameters, &document) { parameters(&document) }
    if section(.indicators, &document) {
      for item in pack.indicators { indicator(item, &document) }
    }
    if section(.monitoring, &document) {
      for item in pack.monitoring { procedure(item, &document) }
    }
    if section(.measures, &document) {
      for item in pack.measures { measure(item.measureDescription, &document) }
    }
    if section(.expectedResults, &document) { expectedResults(&document) }
    if section(.programmeResults, &document) {
      for item in pack.expectedResults { programmeResult(item, &document) }
    }
    if section(.stages, &document) {
      for item in pack.stages { stage(item, &document) }
    }
    if section(.risks, &document) {
      for item in pack.risks { risk(item, &document) }
    }
  }

  /// How the document selects its schools, with where it says so: by its criteria, or by a list
  /// an act fixes — then the pack's rules are the library's proposal.
  private func listing(_ document: inout ReportDocument) {
    let listing = pack.listing
    var text =
      listing.sentence(in: language).map(\.capitalizedInitial)
      ?? t(
        "по критериям документа; правила пакета их кодируют",
        "by the document's criteria, which the pack's rules encode")
    if let provenance = listing.provenance {
      text +=
        " (\(provenance.source), \(t("раздел", "section")) «\(provenance.section)»: "
        + "«\(provenance.quote)»; \(book.kindTitle(provenance.kind)))"
      if let note = provenance.derivation?[language] { text += ". " + note }
    }
    field(t("Отбор школ", "How schools are selected"), Inline(text), &document)
  }

  /// A section's heading, when the pack has entries for it; `false` when it has none.
  private func section(_ section: Section, _ document: inout ReportDocument) -> Bool {
    guard let anchor = anchors.sections[section] else { return false }
    document.heading(3, section.title(in: language), anchor: anchor)
    document.blank(.textOnly)
    return true
  }

  /// «Label: value», a line in text and a list item in Markdown.
  private func field(_ label: String, _ value: Inline, _ document: inout ReportDocument) {
    document.item(Inline(label + ": ") + value, marked: false)
  }

  /// An entry's heading, then its rationale: the entries of every section open alike. A
  /// rationale that repeats a text the entry gives anyway (the provenance's reading, a target's)
  /// is left out: catalogues often state one reading for all three.
  private func entry(
    _ title: String, anchor: String?, rationale: String?, repeating given: [String?] = [],
    _ document: inout ReportDocument
  ) {
    document.heading(4, title, anchor: anchor)
    if let rationale, !rationale.isEmpty, !given.contains(rationale) {
      document.paragraph(rationale)
    }
  }

  /// «Код: `id`».
  private func code(_ id: String, _ document: inout ReportDocument) {
    field(t("Код", "Code"), .code(id), &document)
  }

  /// The source and section, the quote and the basis, each on its line.
  private func provenance(
    _ provenance: Provenance, lines: String? = nil, _ document: inout ReportDocument
  ) {
    var source = "\(provenance.source), \(t("раздел", "section")) «\(provenance.section)»"
    if let lines { source += t(", строки ", ", lines ") + lines }
    field(t("Источник", "Source"), Inline(source), &document)
    field(t("Цитата", "Quote"), Inline("«") + .literal(provenance.quote) + Inline("»"), &document)
    var basis = book.kindTitle(provenance.kind)
    if let derivation = provenance.derivation?[language] {
      basis += (provenance.kind == .derived ? ". " : t(". Примечание: ", ". Note: ")) + derivation
    }
    field(t("Основание", "Basis"), Inline(basis), &document)
  }

  // MARK: Criteria

  /// The criterion's title, or its id in code font for a criterion the pack does not have.
  private func criterionLink(_ id: CriterionID) -> Inline {
    guard let anchor = anchors.criteria[id],
      let criterion = pack.criteria.first(where: { $0.id == id })
    else { return .code(id.rawValue) }
    return .link(criterion.criterionDescription.title[language], anchor: anchor)
  }

  /// The composite index a criterion ranks schools by, looking through a persistence criterion to
  /// the criterion it repeats.
  private func rankedIndex(_ criterion: any IdentificationCriterion) -> CompositeIndex? {
    if let lowest = criterion as? LowestShareCriterion { return lowest.index }
    if let persistent = criterion as? PersistenceCriterion {
      return rankedIndex(persistent.condition)
    }
    return nil
  }

  private func criterion(_ criterion: any IdentificationCriterion, _ document: inout ReportDocument)
  {
    let d = criterion.criterionDescription
    entry(
      d.title[language], anchor: anchors.criteria[d.id], rationale: d.rationale[language],
      repeating: [d.provenance.derivation?[language]], &document)
    code(d.id.rawValue, &document)
    provenance(d.provenance, &document)
    if !d.requiredMetrics.isEmpty {
      var data = book.joined(d.requiredMetrics.map(book.metric))
      if d.requiresRegionalBenchmarks {
        data =
          data
          + Inline(
            t("; региональные значения задаёт пользователь", "; regional benchmarks from the host"))
      }
      field(t("Данные", "Data"), data, &document)
    }
    if let index = rankedIndex(criterion), let anchor = anchors.indices[index.id] {
      field(t("Индекс", "Index"), .link(index.title[language], anchor: anchor), &document)
    }
    if !d.parameters.isEmpty, let anchor = anchors.sections[.parameters] {
      let values = d.parameters.map { parameter in
        .code(parameter.key.rawValue)
          + Inline(" = " + book.valueText(value(of: parameter), parameter.unit))
      }
      document.item(
        .link(t("Параметры", "Parameters"), anchor: anchor) + Inline(": ") + book.joined(values),
        marked: false)
    }
    let examples = d.examples.filter(\.isDocumented).count
    if examples > 0 {
      field(
        t("Примеры", "Worked examples"),
        Inline(t("\(examples), проверяются тестами", "\(examples), run as tests")), &document)
    }
    document.blank()
  }

  /// The parameter's default in this pack, with the host's changes.
  private func value(of parameter: PackParameter) -> Double {
    pack.parameterDefaults[parameter.key] ?? parameter.defaultValue
  }

  // MARK: Indices

  private func index(_ index: CompositeIndex, _ document: inout ReportDocument) {
    // Index titles are written to sit inside a sentence («по индексу социального благополучия»).
    let title = index.title[language]
    entry(
      (title.first.map { $0.uppercased() } ?? "") + title.dropFirst(),
      anchor: anchors.indices[index.id], rationale: nil, &document)
    code(index.id.rawValue, &document)
    let rankers = pack.criteria.filter { rankedIndex($0)?.id == index.id }.map {
      criterionLink($0.id)
    }
    if !rankers.isEmpty {
      field(t("Используют критерии", "Used by criteria"), book.joined(rankers), &document)
    }
    let window =
      index.window == 1
      ? t("год Y", "year Y")
      : t("годы с Y−\(index.window - 1) по Y", "years Y−\(index.window - 1) to Y")
    field(t("Период", "Period"), Inline(window), &document)
    let coverage = NumberText.format(index.minimumCoverage * 100, decimals: 2, language)
    field(
      t("Оценивается", "Evaluated"),
      Inline(
        t(
          "при наличии не менее \(coverage) % значений (показатель × год; всего \(index.cellCount))",
          "with at least \(coverage)% of its values (metric × year; \(index.cellCount) in all)")),
      &document)
    if let provenance = index.provenance { self.provenance(provenance, &document) }
    document.blank()
    let rows = index.components.map { component -> [Inline] in
      [
        book.metric(component.metric),
        Inline(
          component.direction == .positive
            ? t("больше — лучше", "more is better") : t("больше — хуже", "more is worse")),
        Inline(NumberText.format(component.weight, decimals: 6, language)),
        component.enabledBy.map { .code($0.key.rawValue) } ?? Inline(t("всегда", "always")),
      ]
    }
    document.table(
      [
        Inline(t("Показатель", "Metric")), Inline(t("Направление", "MetricCatalog.Direction")),
        Inline(t("Вес", "Weight")), Inline(t("Включается параметром", "Switched on by")),
      ], rows, alignment: .left)
    document.blank()
  }

  // MARK: Category rules

  /// A rule's heading: the category, and the severity where the pack grades it.
  private func ruleTitle(_ rule: CategoryRule) -> String {
    rule.category.title[language] + (rule.severity.map { ": " + $0.title[language] } ?? "")
  }

  private func rule(_ rule: CategoryRule, anchor: String, _ document: inout ReportDocument) {
    entry(
      ruleTitle(rule), anchor: anchor, rationale: rule.rationale[language],
      repeating: [rule.provenance.derivation?[language]], &document)
    field(t("Код категории", "Category code"), .code(rule.category.id), &document)
    if pack.listing.isProposal {
      field(
        t("Роль", "Role"),
        Inline(
          t(
            "предложение библиотеки к списку, который фиксирует документ, а не его критерий",
            "the library's proposal for the list the document fixes, not its criterion")),
        &document)
    }
    if let severity = rule.severity {
      field(
        t("Уровень", "Severity"),
        Inline(severity.title[language] + " (") + .code(severity.id) + Inline(")"), &document)
    }
    switch rule.condition {
    case .criterion(let id):
      field(
        t("Условие", "Condition"),
        Inline(t("выполнен критерий «", "the criterion «")) + criterionLink(id)
          + Inline(t("»", "» is met")), &document)
    default:
      field(t("Условие", "Condition"), head(rule.condition, capitalised: false), &document)
      conditionParts(rule.condition, level: 1, &document)
    }
    provenance(rule.provenance, &document)
    document.blank()
  }

  /// The words that open a compound condition: «выполнены все условия:»; a count read from a
  /// parameter names its key, which `--set` changes.
  private func head(_ condition: CategoryRule.Condition, capitalised: Bool) -> Inline {
    var words: String
    var key: ParameterKey?
    switch condition {
    case .criterion: return Inline("")
    case .all: words = t("выполнены все условия", "all of")
    case .any: words = t("выполнено хотя бы одно из условий", "any of")
    case .atLeast(let count, let parts):
      let k: String
      switch count {
      case .fixed(let number): k = "\(number)"
      case .parameter(let name):
        key = name
        k = NumberText.format(
          pack.allParameters.first { $0.key == name }?.defaultValue ?? 1, decimals: 6, language)
      }
      words = t(
        "выполнены не менее \(k) из \(parts.count) условий", "at least \(k) of \(parts.count)")
    case .not: words = t("не выполнено условие", "not")
    }
    if capitalised, let first = words.first { words = first.uppercased() + words.dropFirst() }
    guard let key else { return Inline(words + ":") }
    return Inline(words + t(" (число — параметр ", " (the number is parameter "))
      + .code(key.rawValue)
      + Inline("):")
  }

  /// The parts of a compound condition as a nested list: criteria by title, linked.
  private func conditionParts(
    _ condition: CategoryRule.Condition, level: Int, _ document: inout ReportDocument
  ) {
    let parts: [CategoryRule.Condition]
    switch condition {
    case .criterion: return
    case .all(let list), .any(let list), .atLeast(_, let list): parts = list
    case .not(let part): parts = [part]
    }
    for part in parts {
      if case .criterion(let id) = part {
        document.item(criterionLink(id), level: level)
      } else {
        document.item(head(part, capitalised: true), level: level)
        conditionParts(part, level: level + 1, &document)
      }
    }
  }

  // MARK: Parameters

  /// Where each parameter is read: the criteria, rules and indices, as links.
  private func readers() -> [ParameterKey: [Inline]] {
    var readers: [ParameterKey: [Inline]] = [:]
    func add(_ key: ParameterKey, _ link: Inline) {
      if !(readers[key]?.contains(link) ?? false) { readers[key, default: []].append(link) }
    }
    for criterion in pack.criteria {
      for parameter in criterion.criterionDescription.parameters {
        add(parameter.key, criterionLink(criterion.id))
      }
    }
    for (position, rule) in pack.categoryRules.enumerated() {
      for key in rule.condition.parameterKeys {
        add(key, .link(ruleTitle(rule), anchor: anchors.rules[position]))
      }
    }
    for index in pack.indices {
      guard let anchor = anchors.indices[index.id] else { continue }
      for parameter in index.switches {
        add(parameter.key, .link(index.title[language], anchor: anchor))
      }
    }
    return readers
  }

  private func parameters(_ document: inout ReportDocument) {
    let readers = readers()
    let rows = pack.allParameters.map { parameter -> [Inline] in
      let range =
        NumberText.format(parameter.range.lowerBound, decimals: 6, language) + "–"
        + NumberText.format(parameter.range.upperBound, decimals: 6, language)
      return [
        .code(parameter.key.rawValue),
        Inline(book.valueText(parameter.defaultValue, parameter.unit)),
        Inline(range),
        Inline(book.kindTitle(parameter.kind)),
        book.joined(readers[parameter.key] ?? []),
        Inline(parameter.rationale[language]),
      ]
    }
    document.table(
      [
        Inline(t("Ключ для ", "Key for ")) + .code("--set"),
        Inline(t("По умолчанию", "Default")), Inline(t("Допустимо", "Range")),
        Inline(t("Основание", "Basis")), Inline(t("Где используется", "Read by")),
        Inline(t("Обоснование", "Rationale")),
      ], rows, alignment: .left)
    document.blank()
  }

  // MARK: Indicators

  private func indicator(_ indicator: any Indicator, _ document: inout ReportDocument) {
    let d = indicator.indicatorDescription
    let reading = d.target?.reading?[language]
    let derivation = d.provenance.derivation?[language]
    entry(
      d.title[language], anchor: anchors.indicators[d.id], rationale: d.rationale[language],
      repeating: [reading, derivation], &document)
    code(d.id.rawValue, &document)
    let better =
      d.better == .positive
      ? t("больше — лучше", "more is better") : t("меньше — лучше", "less is better")
    field(
      t("Показатель", "Measured"),
      Inline(unitTitle(d.unit) + "; " + d.level.title(in: language) + "; " + better), &document)
    if let target = d.target {
      field(t("Цель", "Target"), Inline(target.text(in: language)), &document)
      if let reading, reading != derivation {
        field(t("Прочтение цели", "Reading of the target"), Inline(reading), &document)
      }
    } else {
      field(
        t("Цель", "Target"),
        Inline(t("документ не задаёт значения", "the document gives no value")), &document)
    }
    if let aggregation = d.aggregation {
      field(t("Как считается", "Computed as"), Inline(aggregation[language]), &document)
    }
    if let meaning = d.schoolValueMeaning {
      field(t("Значение школы", "A school's value"), Inline(meaning[language]), &document)
    }
    provenance(d.provenance, &document)
    document.blank()
  }

  /// The unit of an indicator in words.
  private func unitTitle(_ unit: MetricCatalog.Unit) -> String {
    switch unit {
    case .percent: t("проценты", "percent")
    case .points: t("баллы", "points")
    case .mark: t("отметка", "mark")
    case .count: t("количество", "count")
    case .kilometres: t("километры", "kilometres")
    case .index: t("индекс", "index")
    }
  }

  // MARK: Monitoring

  private func procedure(_ procedure: MonitoringProcedure, _ document: inout ReportDocument) {
    entry(
      procedure.title[language], anchor: anchors.procedures[procedure.id],
      rationale: procedure.notes?[language],
      repeating: [procedure.provenance.derivation?[language]], &document)
    code(procedure.id.rawValue, &document)
    field(
      t("Периодичность", "MonitoringProcedure.Periodicity"),
      Inline(procedure.periodicity.summary[language]), &document)
    field(
      t("Ответственные", "Responsible"),
      Inline(
        procedure.responsible?[language] ?? t("документ не называет", "not named by the document")),
      &document)
    provenance(procedure.provenance, &document)
    document.blank()
  }

  // MARK: Measures

  private func measure(_ measure: MeasureDescription, _ document: inout ReportDocument) {
    entry(measure.title[language], anchor: anchors.measures[measure.id], rationale: nil, &document)
    code(measure.id.rawValue, &document)
    field(
      t("Направления", "Categories"),
      Inline(
        (measure.categories.map { $0.title[language] } + [measure.level.title[language]])
          .joined(separator: "; ")), &document)
    field(
      t("Ответственные", "Responsible"),
      Inline(
        measure.responsible.isEmpty
          ? t("документ не называет", "not named by the document")
          : measure.responsible.map { $0.title[language] }.joined(separator: "; ")), &document)
    var timing = Inline(measure.timing.summary[language])
    if let quote = measure.timingQuote {
      timing =
        timing + Inline(t(" (в документе: «", " (the document: «")) + .literal(quote) + Inline("»)")
    }
    field(t("Сроки", "Timing"), timing, &document)
    field(t("Для кого", "Applies to"), audience(measure.appliesTo), &document)
    if let result = measure.expectedResult {
      field(t("Ожидаемый результат", "Expected result"), Inline(result[language]), &document)
    }
    if let target = measure.target {
      field(t("Цель", "Target"), Inline(target.text[language]), &document)
    }
    provenance(measure.provenance, lines: measure.lines, &document)
    document.blank()
  }

  /// Which schools a measure answers, criteria by title (the condition's own summary names ids).
  private func audience(_ audience: MeasureDescription.Audience) -> Inline {
    if case .condition(.criteria(let list)) = audience {
      return Inline(
        t(
          "идентифицированные школы, выполнившие любой из критериев: ",
          "identified schools that meet any of the criteria: "))
        + book.joined(list.map(criterionLink))
    }
    return Inline(audience.summary[language])
  }

  /// What the measures are to achieve, each linked to its measure.
  private func expectedResults(_ document: inout ReportDocument) {
    for measure in pack.measures.map(\.measureDescription)
    where measure.expectedResult != nil || measure.target != nil {
      var details: [Inline] = []
      if let result = measure.expectedResult { details.append(Inline(result[language])) }
      if let target = measure.target {
        details.append(Inline(t("Цель: ", "Target: ") + target.text[language]))
      }
      let title = measure.title[language]
      document.item(
        anchors.measures[measure.id].map { .link(title, anchor: $0) } ?? Inline(title),
        details: details)
    }
    document.blank()
  }

  // MARK: Programme

  /// An expected result: what measures it (links to the indicators) or that it is recorded by
  /// hand, then its provenance.
  private func programmeResult(_ result: ExpectedResult, _ document: inout ReportDocument) {
    entry(result.title[language], anchor: anchors.programme[result.id], rationale: nil, &document)
    code(result.id.rawValue, &document)
    let measuredBy: Inline =
      result.indicators.isEmpty
      ? Inline(t("отмечается вручную (показателя нет)", "recorded by hand (no indicator)"))
      : book.joined(result.indicators.map(indicatorLink))
    field(t("Измеряется", "Measured by"), measuredBy, &document)
    provenance(result.provenance, &document)
    document.blank()
  }

  /// A stage with its years, or the words that the document gives none.
  private func stage(_ stage: ProgrammeStage, _ document: inout ReportDocument) {
    entry(stage.title[language], anchor: anchors.programme[stage.id], rationale: nil, &document)
    code(stage.id.rawValue, &document)
    field(
      t("Сроки", "Years"),
      Inline(
        stage.isDated
          ? stage.yearsText(in: language)
          : t("документ не датирует этап", "the document gives the stage no dates")), &document)
    provenance(stage.provenance, &document)
    document.blank()
  }

  /// A risk with the measures that answer it.
  private func risk(_ risk: ProgrammeRisk, _ document: inout ReportDocument) {
    entry(risk.title[language], anchor: anchors.programme[risk.id], rationale: nil, &document)
    code(risk.id.rawValue, &document)
    let answers: Inline =
      risk.measures.isEmpty
      ? Inline(t("мероприятия не указаны", "no measures named"))
      : book.joined(risk.measures.map(measureLink))
    field(t("Ответные мероприятия", "Answered by"), answers, &document)
    provenance(risk.provenance, &document)
    document.blank()
  }

  /// The indicator's title linked to its entry, or its id for one the pack does not have.
  private func indicatorLink(_ id: IndicatorID) -> Inline {
    guard let anchor = anchors.indicators[id],
      let indicator = pack.indicators.first(where: { $0.id == id })
    else { return .code(id.rawValue) }
    return .link(indicator.indicatorDescription.title[language], anchor: anchor)
  }

  /// The measure's title linked to its entry, or its id for one the pack does not have.
  private func measureLink(_ id: MeasureID) -> Inline {
    guard let anchor = anchors.measures[id],
      let measure = pack.measures.first(where: { $0.id == id })
    else { return .code(id.rawValue) }
    return .link(measure.measureDescription.title[language], anchor: anchor)
  }
}
