extension MeasureDescription {
  /// What kind of help a support measure is: the nine categories of the seed catalogue's unified
  /// measure list, in its order.
  ///
  /// Raw values are the content files' snake_case names. A measure lists one or more categories,
  /// its primary one first; roadmaps sort measures of the same date by their primary category in
  /// the order of `allCases` (normative and organisational first, students and parents last).
  ///
  /// - Complexity: Every operation is O(1).
  ///
  /// ```swift
  /// MeasureDescription.Category.professionalDevelopment.title[.russian]   // "Профессиональное развитие"
  /// MeasureDescription.Category.professionalDevelopment.code               // "PD"
  /// ```
  public enum Category: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Нормативно-организационное обеспечение: programmes, regulations, working groups,
    /// coordinators, expert commissions (NORM-ORG).
    case normativeOrganisational = "normative_organisational"
    /// Инфраструктурное и кадровое обеспечение: project platforms, tutor teams, extra staff
    /// positions such as psychologists and social pedagogues (INFRA-STAFF).
    case staffingInfrastructure = "staffing_infrastructure"
    /// Профессиональное развитие: deficit diagnostics, individual development plans, courses,
    /// seminars, mentoring (PD).
    case professionalDevelopment = "professional_development"
    /// Методическое сопровождение: targeted recommendations, consultations, methodical visits (METHOD).
    case methodicalSupport = "methodical_support"
    /// Партнёрство и сетевое взаимодействие: agreements with leader schools, professional
    /// communities, additional education (NETWORK).
    case partnershipNetwork = "partnership_network"
    /// Мониторинг и диагностика: identification, entry, interim and final monitoring, analysis of
    /// ВПР/ОГЭ/ЕГЭ (MONITOR).
    case monitoring
    /// Информационное обеспечение: website sections, publications, spreading practice (INFO).
    case information
    /// Ресурсное и финансовое обеспечение: grants, subsidies, incentive payments, digital
    /// environment (FIN-RES).
    case financeResources = "finance_resources"
    /// Работа с обучающимися и родителями: children at risk, gifted children, individual routes,
    /// dialogue with parents (STUD-PAR).
    case studentsParents = "students_parents"

    /// The category's name.
    public var title: LocalizedText {
      switch self {
      case .normativeOrganisational:
        LocalizedText(
          ru: "Нормативно-организационное обеспечение", en: "Normative and organisational measures")
      case .staffingInfrastructure:
        LocalizedText(
          ru: "Инфраструктурное и кадровое обеспечение", en: "Staffing and infrastructure")
      case .professionalDevelopment:
        LocalizedText(ru: "Профессиональное развитие", en: "Professional development")
      case .methodicalSupport:
        LocalizedText(ru: "Методическое сопровождение", en: "Methodical support")
      case .partnershipNetwork:
        LocalizedText(ru: "Партнёрство и сетевое взаимодействие", en: "Partnership and networks")
      case .monitoring:
        LocalizedText(ru: "Мониторинг и диагностика", en: "Monitoring and diagnostics")
      case .information:
        LocalizedText(ru: "Информационное обеспечение", en: "Information and dissemination")
      case .financeResources:
        LocalizedText(ru: "Ресурсное и финансовое обеспечение", en: "Finance and resources")
      case .studentsParents:
        LocalizedText(
          ru: "Работа с обучающимися и родителями", en: "Work with students and parents")
      }
    }

    /// The catalogue's code: `NORM-ORG`, `INFRA-STAFF`, `PD`, `METHOD`, `NETWORK`, `MONITOR`,
    /// `INFO`, `FIN-RES`, `STUD-PAR`.
    public var code: String {
      switch self {
      case .normativeOrganisational: "NORM-ORG"
      case .staffingInfrastructure: "INFRA-STAFF"
      case .professionalDevelopment: "PD"
      case .methodicalSupport: "METHOD"
      case .partnershipNetwork: "NETWORK"
      case .monitoring: "MONITOR"
      case .information: "INFO"
      case .financeResources: "FIN-RES"
      case .studentsParents: "STUD-PAR"
      }
    }

    /// The category's position in the catalogue, 0 (normative and organisational) … 8.
    public var order: Int {
      switch self {
      case .normativeOrganisational: 0
      case .staffingInfrastructure: 1
      case .professionalDevelopment: 2
      case .methodicalSupport: 3
      case .partnershipNetwork: 4
      case .monitoring: 5
      case .information: 6
      case .financeResources: 7
      case .studentsParents: 8
      }
    }

    /// Orders categories as the catalogue lists them.
    public static func < (lhs: MeasureDescription.Category, rhs: MeasureDescription.Category)
      -> Bool
    {
      lhs.order < rhs.order
    }
  }
}
