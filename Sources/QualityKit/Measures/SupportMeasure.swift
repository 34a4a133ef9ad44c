/// A support measure of a programme's plan: what it is (``measureDescription``), which schools it
/// answers (``match(_:in:)``), and on which dates it takes place for a school or the municipality
/// in an academic year (``occurrences(in:for:context:)``).
///
/// Identification exists to plan help: every programme lists measures with their timing, the
/// responsible role and the expected result. A pack carries its measures (``RulePack/measures``),
/// and the ``SupportPlanner`` asks each one, school by school, whether it applies and when — then
/// lays them out as dated roadmaps.
///
/// The standard implementation is ``DeclaredMeasure``: a measure stated as data — a
/// ``MeasureDescription/Condition`` and a ``MeasureDescription/Schedule`` — as the programmes' documents and pack files
/// state them. A host writes its own type when its data decide: a measure for rural schools whose
/// staffing index is low, or one whose dates follow each school's own calendar.
///
/// ```swift
/// struct VisitingTeacher: SupportMeasure {
///   let measureDescription = MeasureDescription(
///     id: "host.visiting_teacher", title: …, categories: [.staffingInfrastructure],
///     level: .municipal, responsible: [.methodicalService], timing: .schedule(.schoolQuarters),
///     appliesTo: .custom(LocalizedText(ru: "сельские школы", en: "rural schools")),
///     provenance: …)
///
///   func match(_ school: IdentificationReport.SchoolOutcome, in context: MeasureContext)
///     -> MeasureMatch
///   {
///     guard school.school.settlement == .rural else { return .doesNotApply }
///     return .applies([.rule(measureDescription.appliesTo.summary,
///                            explanation: LocalizedText(ru: "сельская школа", en: "a rural school"))])
///   }
/// }
/// ```
///
/// An implementation must be a pure function of its arguments: the same school, year and context
/// give the same answer, so plans are reproducible byte for byte. Only ``DeclaredMeasure`` has a
/// pack-file form: ``RulePack/jsonData()`` throws ``PackFileError`` (not exportable) for a pack
/// holding a host's own measure type.
public protocol SupportMeasure: Sendable {
  /// What the measure is: id, title, categories, level, roles, timing, audience, result, target
  /// and provenance.
  ///
  /// Not `description`, so that a host type can also be `CustomStringConvertible`.
  var measureDescription: MeasureDescription { get }

  /// Whether the measure applies to `school`, and why; ``MeasureMatch/noData(_:)`` when the data
  /// to decide are missing — never a quiet "does not apply".
  ///
  /// The planner asks only for a measure aimed at schools
  /// (``MeasureDescription/isAimedAtSchools``), and only about identified or undetermined schools.
  ///
  /// - Parameters:
  ///   - school: The school's identification outcome: the school, its categories and findings.
  ///   - context: The identification report and, when the host gave it, the dataset.
  /// - Returns: ``MeasureMatch/applies(_:)`` with the reasons, ``MeasureMatch/noData(_:)`` with
  ///   what is missing, or ``MeasureMatch/doesNotApply``.
  func match(_ school: IdentificationReport.SchoolOutcome, in context: MeasureContext)
    -> MeasureMatch

  /// The dated occurrences in `year`, in chronological order, each the days (both ends included)
  /// on which the measure takes place: for `school` on its roadmap, or for the municipality
  /// (`school` is `nil`) on the municipal roadmap.
  ///
  /// Empty for a measure «по графику» and for one with no date in the year. The default dates the
  /// ``MeasureDescription/Timing/schedule(_:)`` the description states, the same for every school;
  /// a measure with a ``MeasureDescription/Timing/custom(_:)`` timing must give its own.
  ///
  /// - Parameters:
  ///   - year: The academic year planned; it has a calendar (``AcademicYear/hasCalendar``).
  ///   - school: The school whose roadmap lists the measure, or `nil` for the municipality.
  ///   - context: The identification report and, when the host gave it, the dataset.
  /// - Returns: The days of each occurrence, in chronological order.
  func occurrences(in year: AcademicYear, for school: School?, context: MeasureContext)
    -> [ClosedRange<CalendarDate>]

  /// Whether ``occurrences(in:for:context:)`` may give a school other dates than the
  /// municipality's. When `false`, ``SupportPlanner`` dates the measure once and gives every
  /// school the municipality's dates without asking again. The default is `true`; a
  /// ``DeclaredMeasure`` says `false`, its schedule being the same for everyone.
  var datesDependOnSchool: Bool { get }
}

extension SupportMeasure {
  /// The measure's id.
  public var id: MeasureID { measureDescription.id }

  /// The occurrences of the stated ``MeasureDescription/Timing/schedule(_:)`` in `year`, whatever
  /// the school; none for a custom timing.
  public func occurrences(in year: AcademicYear, for school: School?, context: MeasureContext)
    -> [ClosedRange<CalendarDate>]
  {
    guard case .schedule(let schedule) = measureDescription.timing else { return [] }
    return schedule.occurrences(in: year)
  }

  /// `true`: a measure's dates may depend on the school unless it says otherwise.
  public var datesDependOnSchool: Bool { true }
}
