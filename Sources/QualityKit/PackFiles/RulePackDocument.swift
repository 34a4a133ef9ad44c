/// The JSON document of a rule pack (`qualitykit.pack/1`), as written in a file.
///
/// Two forms share it. A *full* pack has `title`, `region`, `sources`, `criteria` and
/// `category_rules` (and optionally the other sections). A pack that *extends* another names it in
/// `extends` and changes it with `remove`, `replace`, `add` and `override`, applied in that order;
/// the full-pack sections are then not allowed at the top level. ``RulePackLoader`` turns a document
/// into a ``RulePack``; `RulePack.jsonData()` writes the full form.
struct RulePackDocument: Codable {
  /// The format identifier every pack file starts with.
  static let format = "qualitykit.pack/1"

  var format: String
  var id: String
  var version: String
  var extends: String?
  var title: LocalizedText?
  var region: LocalizedText?
  var sources: [String]?
  /// The title of each source document, by file name.
  var sourceTitles: [String: LocalizedText]?
  /// How the document decides its lists; by rules when absent (or, extending, as the base does).
  var listing: PackListing?
  /// The indices context-adjusted results are fitted with; none when absent (or, extending, as
  /// the base names them).
  var contextIndices: ContextIndexPair?
  var notes: LocalizedText?
  var sections: Sections
  var remove: Removals?
  var replace: Sections?
  var add: Sections?
  /// Parameter defaults changed from the declared ones, by key.
  var override: [String: Double]?

  /// The parts of a pack that `add` and `replace` carry, and a full pack has at the top level.
  struct Sections: Codable {
    var parameters: [PackParameter]?
    var indices: [CompositeIndex]?
    var criteria: [PackBlockKinds.CriterionBlock]?
    var categoryRules: [CategoryRule]?
    var indicators: [PackBlockKinds.IndicatorBlock]?
    var monitoring: [MonitoringProcedure]?
    var measures: [DeclaredMeasure]?
    var expectedResults: [ExpectedResult]?
    var stages: [ProgrammeStage]?
    var risks: [ProgrammeRisk]?

    enum CodingKeys: String, CodingKey, CaseIterable {
      case parameters, indices, criteria
      case categoryRules = "category_rules"
      case indicators, monitoring, measures
      case expectedResults = "expected_results"
      case stages, risks
    }

    /// The sections present, by key, for "not allowed here" errors.
    var presentKeys: [CodingKeys] {
      var keys: [CodingKeys] = []
      if parameters != nil { keys.append(.parameters) }
      if indices != nil { keys.append(.indices) }
      if criteria != nil { keys.append(.criteria) }
      if categoryRules != nil { keys.append(.categoryRules) }
      if indicators != nil { keys.append(.indicators) }
      if monitoring != nil { keys.append(.monitoring) }
      if measures != nil { keys.append(.measures) }
      if expectedResults != nil { keys.append(.expectedResults) }
      if stages != nil { keys.append(.stages) }
      if risks != nil { keys.append(.risks) }
      return keys
    }
  }

  /// What `remove` takes away, by id (category rules by category id: all rules of the category).
  struct Removals: Codable {
    var parameters: [ParameterKey]?
    var indices: [IndexID]?
    var criteria: [CriterionID]?
    var categoryRules: [String]?
    var indicators: [IndicatorID]?
    var monitoring: [MonitoringProcedureID]?
    var measures: [MeasureID]?
    var expectedResults: [ProgrammeElementID]?
    var stages: [ProgrammeElementID]?
    var risks: [ProgrammeElementID]?

    enum CodingKeys: String, CodingKey {
      case parameters, indices, criteria
      case categoryRules = "category_rules"
      case indicators, monitoring, measures
      case expectedResults = "expected_results"
      case stages, risks
    }
  }

  enum CodingKeys: String, CodingKey {
    case format, id, version, extends, title, region, sources
    case sourceTitles = "source_titles"
    case listing
    case contextIndices = "context_indices"
    case notes, remove, replace, add, override
  }

  init(
    id: String, version: String, title: LocalizedText, region: LocalizedText, sources: [String],
    sourceTitles: [String: LocalizedText]?, listing: PackListing?,
    contextIndices: ContextIndexPair? = nil, notes: LocalizedText?, sections: Sections,
    override: [String: Double]?
  ) {
    self.format = Self.format
    self.id = id
    self.version = version
    self.title = title
    self.region = region
    self.sources = sources
    self.sourceTitles = sourceTitles
    self.listing = listing
    self.contextIndices = contextIndices
    self.notes = notes
    self.sections = sections
    self.override = override
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    guard format == Self.format else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          format,
          reason: LocalizedText(
            ru: "поддерживается формат «\(Self.format)»",
            en: "the supported format is '\(Self.format)'")),
        codingPath: container.codingPath + [CodingKeys.format])
    }
    id = try container.decode(String.self, forKey: .id)
    version = try container.decode(String.self, forKey: .version)
    extends = try container.decodeIfPresent(String.self, forKey: .extends)
    title = try container.decodeIfPresent(LocalizedText.self, forKey: .title)
    region = try container.decodeIfPresent(LocalizedText.self, forKey: .region)
    sources = try container.decodeIfPresent([String].self, forKey: .sources)
    sourceTitles = try container.decodeIfPresent(
      [String: LocalizedText].self, forKey: .sourceTitles)
    listing = try container.decodeIfPresent(PackListing.self, forKey: .listing)
    contextIndices = try container.decodeIfPresent(ContextIndexPair.self, forKey: .contextIndices)
    notes = try container.decodeIfPresent(LocalizedText.self, forKey: .notes)
    // The full-pack sections sit at the top level, in the same object.
    sections = try Sections(from: decoder)
    remove = try container.decodeIfPresent(Removals.self, forKey: .remove)
    replace = try container.decodeIfPresent(Sections.self, forKey: .replace)
    add = try container.decodeIfPresent(Sections.self, forKey: .add)
    override = try container.decodeIfPresent([String: Double].self, forKey: .override)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(format, forKey: .format)
    try container.encode(id, forKey: .id)
    try container.encode(version, forKey: .version)
    try container.encodeIfPresent(extends, forKey: .extends)
    try container.encodeIfPresent(title, forKey: .title)
    try container.encodeIfPresent(region, forKey: .region)
    try container.encodeIfPresent(sources, forKey: .sources)
    try container.encodeIfPresent(sourceTitles, forKey: .sourceTitles)
    try container.encodeIfPresent(listing, forKey: .listing)
    try container.encodeIfPresent(contextIndices, forKey: .contextIndices)
    try container.encodeIfPresent(notes, forKey: .notes)
    try sections.encode(to: encoder)
    try container.encodeIfPresent(remove, forKey: .remove)
    try container.encodeIfPresent(replace, forKey: .replace)
    try container.encodeIfPresent(add, forKey: .add)
    try container.encodeIfPresent(override, forKey: .override)
  }
}
