import Foundation

extension RulePack {
  /// The pack in its JSON form (`qualitykit.pack/1`, the full form, never `extends`): reloading it
  /// with ``RulePackLoader`` gives a pack that identifies, reports progress and plans support
  /// identically.
  ///
  /// Keys come in a reading order and criteria name the pack's composite indices by id. Parameter
  /// defaults changed with ``overriding(_:with:)`` are written under `override`.
  ///
  /// - Throws: ``PackFileError`` of kind ``PackFileError/Kind/notExportable(pack:reason:)`` when a
  ///   criterion or indicator is a host type without a JSON form (not a ``CodableCriterion`` /
  ///   ``CodableIndicator``), or a measure is a host's own ``SupportMeasure`` type (pack files hold
  ///   ``DeclaredMeasure`` values only).
  /// - Complexity: O(n) in the size of the pack.
  public func jsonData() throws(PackFileError) -> Data {
    var declared: [DeclaredMeasure] = []
    for measure in measures {
      guard let value = measure as? DeclaredMeasure else {
        throw .notExportable(
          pack: id.rawValue,
          reason: "measure \(measure.id) (\(type(of: measure))) has no JSON form: pack files hold "
            + "DeclaredMeasure values only")
      }
      declared.append(value)
    }
    // A JSON object's member names are strings: the changed defaults are written by key text.
    var override: [String: Double] = [:]
    for (key, value) in parameterDefaults { override[key.rawValue] = value }
    let document = RulePackDocument(
      id: id.rawValue, version: version, title: title, region: region, sources: sources,
      sourceTitles: sourceTitles.isEmpty ? nil : sourceTitles,
      listing: listing == .rules ? nil : listing, contextIndices: contextIndices, notes: notes,
      sections: RulePackDocument.Sections(
        parameters: parameters.isEmpty ? nil : parameters,
        indices: indices.isEmpty ? nil : indices,
        criteria: criteria.map(PackBlockKinds.CriterionBlock.init),
        categoryRules: categoryRules,
        indicators: indicators.isEmpty ? nil : indicators.map(PackBlockKinds.IndicatorBlock.init),
        monitoring: monitoring.isEmpty ? nil : monitoring,
        measures: declared.isEmpty ? nil : declared,
        expectedResults: expectedResults.isEmpty ? nil : expectedResults,
        stages: stages.isEmpty ? nil : stages, risks: risks.isEmpty ? nil : risks),
      override: override.isEmpty ? nil : override)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.userInfo[.packIndices] = Dictionary(
      indices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    do {
      let compact = try encoder.encode(document)
      return Data(JSONWriter.write(try JSONParser.parse(compact)).utf8)
    } catch let error as EncodingError {
      guard case .invalidValue(_, let context) = error else {
        throw .notExportable(pack: id.rawValue, reason: "\(error)")
      }
      throw .notExportable(pack: id.rawValue, reason: context.debugDescription)
    } catch {
      throw .notExportable(pack: id.rawValue, reason: "\(error)")
    }
  }
}
