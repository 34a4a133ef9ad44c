/// Who is responsible for a support measure: a role, never a person's name.
///
/// The content format's base roles are static constants; a pack declares its other roles as
/// values of its own (e.g. `ResponsibleRole(id: "deputy_head_for_education", title: …)`). Two roles
/// are the same role when their ids and titles are equal; a pack may not give one id two titles
/// (``RulePack/validate()``).
///
/// - Complexity: Every operation is O(1) except ``base(_:)``, O(r) in the number of base roles.
///
/// ```swift
/// let role = ResponsibleRole.municipalCoordinator
/// role.id              // "municipal_coordinator"
/// role.title[.russian] // "Муниципальный координатор"
/// ```
public struct ResponsibleRole: Sendable, Hashable, Codable {
  /// The role's id, e.g. `municipal_coordinator`.
  public let id: ResponsibleRoleID
  /// The role's name.
  public let title: LocalizedText

  /// Creates a role.
  public init(id: ResponsibleRoleID, title: LocalizedText) {
    self.id = id
    self.title = title
  }

  /// The base role with `id`, if there is one.
  ///
  /// - Complexity: O(r) in the number of base roles (17).
  public static func base(_ id: ResponsibleRoleID) -> ResponsibleRole? {
    base.first { $0.id == id }
  }

  /// The content format's base roles, in its order.
  public static let base: [ResponsibleRole] = [
    .headOfEducationDepartment, .educationDepartment, .municipalCoordinator,
    .municipalWorkingGroup, .methodicalService, .schoolHead, .schoolManagementTeam,
    .schoolWorkingGroup, .teachers, .psychologist, .socialPedagogue, .curator, .partnerSchool,
    .professionalAssociations, .regionalInstitute, .expertCommission, .governingCouncil,
  ]

  /// Начальник (руководитель) органа управления образованием.
  public static let headOfEducationDepartment = ResponsibleRole(
    id: "head_of_education_department",
    title: LocalizedText(
      ru: "Руководитель органа управления образованием", en: "Head of the education authority"))

  /// Управление (отдел) образования и его специалисты.
  public static let educationDepartment = ResponsibleRole(
    id: "education_department",
    title: LocalizedText(ru: "Управление (отдел) образования", en: "Education department"))

  /// Муниципальный координатор программы.
  public static let municipalCoordinator = ResponsibleRole(
    id: "municipal_coordinator",
    title: LocalizedText(ru: "Муниципальный координатор", en: "Municipal coordinator"))

  /// Муниципальная рабочая группа.
  public static let municipalWorkingGroup = ResponsibleRole(
    id: "municipal_working_group",
    title: LocalizedText(ru: "Муниципальная рабочая группа", en: "Municipal working group"))

  /// Муниципальная методическая служба: ИМЦ, ММС, методический центр или кабинет.
  public static let methodicalService = ResponsibleRole(
    id: "methodical_service",
    title: LocalizedText(
      ru: "Муниципальная методическая служба", en: "Municipal methodical service"))

  /// Руководитель общеобразовательной организации.
  public static let schoolHead = ResponsibleRole(
    id: "school_head", title: LocalizedText(ru: "Руководитель ОО", en: "School head"))

  /// Управленческая команда школы: руководитель и заместители.
  public static let schoolManagementTeam = ResponsibleRole(
    id: "school_management_team",
    title: LocalizedText(ru: "Управленческая команда ОО", en: "School management team"))

  /// Школьная рабочая группа.
  public static let schoolWorkingGroup = ResponsibleRole(
    id: "school_working_group",
    title: LocalizedText(ru: "Школьная рабочая группа", en: "School working group"))

  /// Педагоги.
  public static let teachers = ResponsibleRole(
    id: "teachers", title: LocalizedText(ru: "Педагоги", en: "Teachers"))

  /// Педагог-психолог.
  public static let psychologist = ResponsibleRole(
    id: "psychologist", title: LocalizedText(ru: "Педагог-психолог", en: "School psychologist"))

  /// Социальный педагог.
  public static let socialPedagogue = ResponsibleRole(
    id: "social_pedagogue",
    title: LocalizedText(ru: "Социальный педагог", en: "Social pedagogue"))

  /// Куратор или тьютор школы.
  public static let curator = ResponsibleRole(
    id: "curator", title: LocalizedText(ru: "Куратор (тьютор)", en: "Curator (tutor)"))

  /// Школа-партнёр, школа-лидер.
  public static let partnerSchool = ResponsibleRole(
    id: "partner_school", title: LocalizedText(ru: "Школа-партнёр", en: "Partner school"))

  /// Профессиональные объединения педагогов: ГМО, РМО, ММК, МК, профессиональные сообщества.
  public static let professionalAssociations = ResponsibleRole(
    id: "professional_associations",
    title: LocalizedText(
      ru: "Профессиональные объединения педагогов (ГМО, РМО, ММК)",
      en: "Teachers' professional associations"))

  /// Региональный институт развития образования (ИРО, ИПК, региональный центр).
  public static let regionalInstitute = ResponsibleRole(
    id: "regional_institute",
    title: LocalizedText(
      ru: "Региональный институт развития образования",
      en: "Regional institute for education development"))

  /// Экспертная комиссия.
  public static let expertCommission = ResponsibleRole(
    id: "expert_commission",
    title: LocalizedText(ru: "Экспертная комиссия", en: "Expert commission"))

  /// Управляющий совет, родительская общественность.
  public static let governingCouncil = ResponsibleRole(
    id: "governing_council",
    title: LocalizedText(
      ru: "Управляющий совет, родительская общественность",
      en: "Governing council and parents"))
}
