import QualityKit

/// Reads the catalogues of the default packs.
enum PackDeclarations {
  /// The catalogue whose JSON text `json` is a multi-line string literal of `file`, laid out as
  /// swift-format lays out `static let catalogue = PackDeclarations.catalogue(` (on `line`, the
  /// call's) followed by the literal: the delimiter on the next line and the text on the one
  /// after, four columns in. An error then names the line and column of the Swift file, as a
  /// compiler error would.
  ///
  /// A catalogue is data the library ships; an error in it is a programming error, found by any
  /// test that touches the pack, with the file, path, line and column in the message.
  static func catalogue(_ json: String, file: String = #fileID, line: Int = #line) -> PackCatalogue
  {
    do {
      return try PackCatalogue(json: json, file: file, firstLine: line + 2, indentation: 4)
    } catch {
      fatalError("\(error)")
    }
  }
}
