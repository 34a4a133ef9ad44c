import Foundation

/// What is wrong with an Excel workbook given where a CSV file is read, beyond what the CSV readers
/// check: a file that is not an `.xlsx` at all (an old `.xls`, a password-protected book, `.xlsb`,
/// `.ods`), a damaged archive or XML part, a sheet that does not exist, or a cell whose value cannot
/// be read (an Excel error such as `#DIV/0!`, a formula saved without its value).
///
/// ``CSVError`` carries it as ``CSVError/Kind/workbook(_:)``; a problem of one cell is located as
/// `file.xlsx:Лист!D17`, one of the whole book at the file. Every sentence says what to do.
///
/// - Complexity: Creating a problem is O(1); a message is O(m) in the length of what it quotes.
///
/// ```swift
/// WorkbookProblem.formulaWithoutValue.message(in: .english)
/// // "the formula has no saved value: open the file in Excel or LibreOffice and save it again"
/// ```
public enum WorkbookProblem: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// An Excel 97–2003 binary workbook (`.xls`, an OLE2 compound file).
  case legacyExcel
  /// A password-protected (encrypted) workbook: an OLE2 file holding `EncryptedPackage`.
  case encrypted
  /// An Excel binary workbook (`.xlsb`).
  case binaryWorkbook
  /// An OpenDocument spreadsheet (`.ods`).
  case openDocument
  /// A ZIP archive that holds no workbook.
  case notAWorkbook
  /// The ZIP layer refused the archive (truncated, bad CRC, too large …); the sentences are its own.
  case archive(ru: String, en: String)
  /// A part the workbook refers to is not in the archive.
  case missingPart(String)
  /// The workbook lists no worksheet.
  case noSheets
  /// No sheet of this name; the names the book has.
  case noSuchSheet(String, available: [String])
  /// The named sheet is a chart, not a table.
  case notAWorksheet(String)
  /// A part declares a DTD (`<!DOCTYPE`, `<!ENTITY`), which is never expanded.
  case documentTypeDeclaration(part: String)
  /// A part is not UTF-8 (UTF-16, or another declared encoding).
  case unsupportedEncoding(part: String, encoding: String)
  /// A part's XML is broken; `detail` names what was expected.
  case malformedXML(part: String, detail: String)
  /// An entity reference other than the five of XML and numeric ones.
  case unknownEntity(part: String, name: String)
  /// A cell reference that is not a cell (`r="1A"`), or beyond XFD1048576.
  case invalidReference(String)
  /// A cell or row before one already read, or the same one twice.
  case outOfOrder(String)
  /// A shared-string index beyond the table.
  case sharedStringIndex(Int, count: Int)
  /// An Excel error value in the cell, such as `#DIV/0!` or `#N/A`.
  case errorValue(String)
  /// A formula saved without its value (as openpyxl writes them).
  case formulaWithoutValue

  /// The Russian sentence (``message(in:)``); a problem is thrown inside ``CSVError`` with its
  /// place, this alone only inside the reader.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }

  /// A stable snake_case code for machine-readable reports.
  public var code: String {
    switch self {
    case .legacyExcel: "workbook_xls"
    case .encrypted: "workbook_encrypted"
    case .binaryWorkbook: "workbook_xlsb"
    case .openDocument: "workbook_ods"
    case .notAWorkbook: "workbook_not_a_workbook"
    case .archive: "workbook_archive"
    case .missingPart: "workbook_missing_part"
    case .noSheets: "workbook_no_sheets"
    case .noSuchSheet: "workbook_no_such_sheet"
    case .notAWorksheet: "workbook_not_a_worksheet"
    case .documentTypeDeclaration: "workbook_dtd"
    case .unsupportedEncoding: "workbook_encoding"
    case .malformedXML: "workbook_malformed_xml"
    case .unknownEntity: "workbook_unknown_entity"
    case .invalidReference: "workbook_invalid_reference"
    case .outOfOrder: "workbook_out_of_order"
    case .sharedStringIndex: "workbook_shared_string_index"
    case .errorValue: "workbook_error_value"
    case .formulaWithoutValue: "workbook_formula_without_value"
    }
  }

  /// The sentence that says what is wrong and what to do, in `language`.
  ///
  /// - Parameter language: Russian (the default) or English.
  /// - Returns: One sentence without the location and without a final full stop.
  /// - Complexity: O(m) in the length of what it quotes.
  public func message(in language: Language = .russian) -> String {
    let ru = language == .russian
    let damaged = ru ? "файл повреждён" : "the file is damaged"
    switch self {
    case .legacyExcel:
      return ru
        ? "это книга Excel 97–2003 (.xls), её формат не читается: откройте её в Excel или "
          + "LibreOffice и сохраните как «Книга Excel (.xlsx)» или «CSV UTF-8»"
        : "this is an Excel 97–2003 workbook (.xls), which cannot be read: open it in Excel or "
          + "LibreOffice and save it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\""
    case .encrypted:
      return ru
        ? "книга защищена паролем: откройте её в Excel и сохраните без пароля "
          + "(Файл → Сведения → Защита книги → Зашифровать с использованием пароля → пустой пароль)"
        : "the workbook is password-protected: open it in Excel and save it without a password "
          + "(File → Info → Protect Workbook → Encrypt with Password → an empty password)"
    case .binaryWorkbook:
      return ru
        ? "это двоичная книга Excel (.xlsb), её формат не читается: сохраните её как "
          + "«Книга Excel (.xlsx)» или «CSV UTF-8»"
        : "this is an Excel binary workbook (.xlsb), which cannot be read: save it as "
          + "\"Excel Workbook (.xlsx)\" or \"CSV UTF-8\""
    case .openDocument:
      return ru
        ? "это таблица OpenDocument (.ods): сохраните её в LibreOffice как «Книга Excel 2007–365 "
          + "(.xlsx)» или «Текст CSV» в UTF-8"
        : "this is an OpenDocument spreadsheet (.ods): save it in LibreOffice as \"Excel 2007-365 "
          + "(.xlsx)\" or as CSV text in UTF-8"
    case .notAWorkbook:
      return ru
        ? "это ZIP-архив, но не книга Excel (в нём нет xl/workbook.xml): укажите файл .xlsx или .csv"
        : "this is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml): give an "
          + ".xlsx or a .csv file"
    case .archive(let russian, let english):
      return ru ? russian : english
    case .missingPart(let part):
      return ru
        ? "в книге нет части «\(part)», на которую она ссылается: \(damaged) — сохраните его заново"
        : "the workbook lacks its part \"\(part)\": \(damaged) — save it again"
    case .noSheets:
      return ru ? "в книге нет ни одного листа" : "the workbook has no sheet"
    case .noSuchSheet(let name, let available):
      let list = available.map { ru ? "«\($0)»" : "\"\($0)\"" }.joined(separator: ", ")
      return ru
        ? "в книге нет листа «\(name)»; листы книги: \(list)"
        : "the workbook has no sheet \"\(name)\"; its sheets are \(list)"
    case .notAWorksheet(let name):
      return ru
        ? "лист «\(name)» — не таблица (диаграмма или макрос): укажите лист с данными"
        : "sheet \"\(name)\" is not a table (a chart or a macro sheet): name a sheet with data"
    case .documentTypeDeclaration(let part):
      return ru
        ? "в части «\(part)» объявлен DTD (<!DOCTYPE> или <!ENTITY>): книги Excel его не содержат, "
          + "такой файл не читается — сохраните книгу заново в Excel или LibreOffice"
        : "part \"\(part)\" declares a DTD (<!DOCTYPE> or <!ENTITY>): Excel workbooks never do, "
          + "so the file is refused — save the workbook again in Excel or LibreOffice"
    case .unsupportedEncoding(let part, let encoding):
      return ru
        ? "часть «\(part)» в кодировке \(encoding), а читается только UTF-8: сохраните книгу "
          + "заново в Excel или LibreOffice"
        : "part \"\(part)\" is in \(encoding), and only UTF-8 is read: save the workbook again in "
          + "Excel or LibreOffice"
    case .malformedXML(let part, let detail):
      return ru
        ? "в части «\(part)» нарушена разметка XML (\(detail)): \(damaged)"
        : "the XML of part \"\(part)\" is broken (\(detail)): \(damaged)"
    case .unknownEntity(let part, let name):
      return ru
        ? "в части «\(part)» неизвестная ссылка на сущность «&\(name);»: \(damaged)"
        : "part \"\(part)\" refers to unknown entity \"&\(name);\": \(damaged)"
    case .invalidReference(let reference):
      return ru
        ? "неверная ссылка на ячейку «\(reference)» (последняя ячейка листа — XFD1048576): "
          + damaged
        : "invalid cell reference \"\(reference)\" (the last cell of a sheet is XFD1048576): "
          + damaged
    case .outOfOrder(let reference):
      return ru
        ? "ячейка или строка \(reference) записана не по порядку или дважды: \(damaged)"
        : "cell or row \(reference) is out of order or repeated: \(damaged)"
    case .sharedStringIndex(let index, let count):
      return ru
        ? "ссылка на общую строку № \(index), а в книге их \(count): \(damaged)"
        : "the cell refers to shared string \(index), but the workbook has \(count): \(damaged)"
    case .errorValue(let text):
      return ru
        ? "в ячейке ошибка Excel \(text): исправьте формулу или впишите значение"
        : "the cell holds the Excel error \(text): fix the formula or enter the value"
    case .formulaWithoutValue:
      return ru
        ? "у формулы нет сохранённого значения: откройте файл в Excel или LibreOffice и сохраните "
          + "его заново"
        : "the formula has no saved value: open the file in Excel or LibreOffice and save it again"
    }
  }
}
