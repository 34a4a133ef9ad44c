import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An HTML report read back with the XML parser: the page must be well-formed XML, and the tests
/// look at its elements rather than at its bytes.
struct ParsedHTML {
  /// An element: its name, attributes, the elements it is in (outermost first, each as its name,
  /// or `name.class` with its first class: `g.pts`), and its text (its own and its children's).
  struct Element {
    let name: String
    let attributes: [String: String]
    let ancestors: [String]
    var text: String
  }

  /// Every element, in document order.
  let elements: [Element]

  /// Parses `html`; records an issue and returns `nil` when it is not well-formed.
  init?(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let collector = Collector()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = collector
    guard parser.parse() else {
      Issue.record(
        "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)",
        sourceLocation: sourceLocation)
      return nil
    }
    elements = collector.elements
  }

  /// The elements named `name`.
  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The elements named `name` inside an element named `ancestor` (`g`, or `g.pts` for a `g` of
  /// class `pts`).
  func all(_ name: String, inside ancestor: String) -> [Element] {
    elements.filter { $0.name == name && $0.ancestors.contains(ancestor) }
  }

  /// The elements whose class list holds `className`.
  func withClass(_ className: String) -> [Element] {
    elements.filter {
      ($0.attributes["class"] ?? "").split(separator: " ").contains { $0 == className }
    }
  }

  /// All text of the page.
  var text: String { elements.first?.text ?? "" }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    /// The positions in `elements` of the open elements.
    var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      let ancestors = open.flatMap { index -> [String] in
        let element = elements[index]
        guard let first = element.attributes["class"]?.split(separator: " ").first else {
          return [element.name]
        }
        return [element.name, element.name + "." + first]
      }
      elements.append(
        Element(name: elementName, attributes: attributeDict, ancestors: ancestors, text: ""))
      open.append(elements.count - 1)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      for index in open { elements[index].text += string }
    }
  }
}
