extension DataIssue {
  /// The issue for a cell or row the CSV loader rejected in collecting mode.
  public init(_ error: CSVError) {
    self.init(
      severity: .error, code: error.kind.code,
      file: error.sheet.map { error.file + ":" + SheetReference.sheetName($0) } ?? error.file,
      line: error.line > 0 ? error.line : nil, column: error.column > 0 ? error.column : nil,
      message: LocalizedText(ru: error.message(in: .russian), en: error.message(in: .english)))
  }
}

extension CSVError.Kind {
  /// A stable snake_case code for machine-readable reports, e.g. `value_out_of_range`.
  public var code: String {
    switch self {
    case .unreadableFile: "unreadable_file"
    case .emptyFile: "empty_file"
    case .missingColumn: "missing_column"
    case .duplicateColumn: "duplicate_column"
    case .unexpectedColumn: "unexpected_column"
    case .emptyColumnName: "empty_column_name"
    case .unknownMetric: "unknown_metric"
    case .notANumber: "not_a_number"
    case .valueOutOfRange: "value_out_of_range"
    case .duplicateValue: "duplicate_value"
    case .duplicateRow: "duplicate_row"
    case .duplicateSchool: "duplicate_school"
    case .unknownSchool: "unknown_school"
    case .invalidYear: "invalid_year"
    case .invalidKind: "invalid_kind"
    case .invalidSettlement: "invalid_settlement"
    case .invalidScope: "invalid_scope"
    case .duplicateBenchmark: "duplicate_benchmark"
    case .unknownMunicipality: "unknown_municipality"
    case .unknownRegion: "unknown_region"
    case .unusedBenchmark: "unused_benchmark"
    case .emptyIdentifier: "empty_identifier"
    case .missingValue: "missing_value"
    case .wrongFieldCount: "wrong_field_count"
    case .malformedQuoting: "malformed_quoting"
    case .invalidUTF8: "invalid_utf8"
    case .invalidText: "invalid_text"
    case .controlCharacter: "control_character"
    case .content(let issue): issue.code
    case .workbook(let problem): problem.code
    }
  }
}
