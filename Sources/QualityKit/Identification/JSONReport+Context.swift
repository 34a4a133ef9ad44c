extension ByteBuffer {
  /// `value` with every digit a `Double` holds (Swift's shortest representation that reads back
  /// as the same number), or `null`: context-adjusted results are compared with other programs to
  /// 1e-9, which six decimals would not allow.
  mutating func appendJSON(exactNumber value: Double?) {
    guard let value, value.isFinite else {
      append("null")
      return
    }
    append(string: value == 0 ? "0" : "\(value)")
  }

  /// `, "context_model": {…}` or `null`: the fitted line of the run's context-adjusted results.
  mutating func appendJSONContextModel(_ adjustment: ContextAdjustment?) {
    append(",\n  \"context_model\": ")
    guard let adjustment else {
      append("null")
      return
    }
    let model = adjustment.model
    append("{\"results_index\": ")
    appendJSONString(adjustment.resultsIndex.rawValue)
    append(", \"context_index\": ")
    appendJSONString(adjustment.contextIndex.rawValue)
    append(", \"n\": ")
    append(int: adjustment.n)
    for (key, value) in [
      ("intercept", model?.intercept), ("slope", model?.slope), ("r2", model?.r2),
      ("residual_sd", model?.residualSD), ("context_cutoff", model?.contextCutoff),
      ("results_cutoff", model?.resultsCutoff),
    ] {
      append(string: ", \"\(key)\": ")
      appendJSON(exactNumber: value)
    }
    let settings = adjustment.settings
    append(", \"parameters\": {\"k\": ")
    appendJSON(exactNumber: settings.bandWidth)
    append(", \"context_share\": ")
    appendJSON(exactNumber: settings.contextShare)
    append(", \"results_share\": ")
    appendJSON(exactNumber: settings.resultsShare)
    append("}, \"reason\": ")
    appendJSONString(
      orNull: model == nil ? ContextAdjustedResult.Missing.tooFewSchools.rawValue : nil)
    append("}")
  }

  /// `, "context_adjusted": {…}` of one school, or `null` with `"context_adjusted_reason"`: why
  /// it has none, `suppressed` when its values may not be printed.
  mutating func appendJSONContextAdjusted(_ outcome: ContextAdjustment.Outcome, mayShow: Bool) {
    append(", \"context_adjusted\": ")
    switch outcome {
    case .adjusted(let result) where mayShow:
      append("{\"results\": ")
      appendJSON(exactNumber: result.results)
      append(", \"context\": ")
      appendJSON(exactNumber: result.context)
      append(", \"expected\": ")
      appendJSON(exactNumber: result.expected)
      append(", \"residual\": ")
      appendJSON(exactNumber: result.residual)
      append(", \"residual_z\": ")
      appendJSON(exactNumber: result.residualZ)
      append(", \"band\": ")
      appendJSONString(result.band.rawValue)
      append(result.resilient ? ", \"resilient\": true}" : ", \"resilient\": false}")
    case .adjusted:
      append("null, \"context_adjusted_reason\": \"suppressed\"")
    case .insufficientData(let missing):
      append("null, \"context_adjusted_reason\": ")
      appendJSONString(missing.rawValue)
    }
  }
}
