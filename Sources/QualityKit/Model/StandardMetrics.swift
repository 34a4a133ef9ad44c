// The standard metric dictionary: the project's metric dictionary, written down once here. Kept in
// one file so that the dictionary and the code cannot drift: a test compares this list with the keys
// the packs use, and Guides/Metrics.md is generated from it (`identify-schools --metrics`).
//
// Valid ranges are those the dictionary states: percent 0–100, ЕГЭ points 0–100, marks 2–5; the
// social and staff metrics are percentages of students or teachers, so 0–100 as well. Directions are
// stated for context, social, staff and resource metrics only; result metrics have none (an index
// gives its components' signs itself). The dictionary states no
// range for the two context metrics: their hard range only excludes absurd magnitudes, and a value
// outside the plausible range (a negative enrolment or distance) is reported as a warning and kept,
// so that a run is never stopped — nor a value silently dropped — over a rule the dictionary does
// not make.

extension MetricCatalog {
  /// Every key of the project's metric dictionary with its unit, valid range, title and, for context
  /// and staff metrics, the direction it enters a composite index with.
  public static let standard = MetricCatalog(definitions: [
    MetricCatalog.Definition(
      key: .egeRussianMeanScore, unit: .points, range: 0.0...100.0,
      title: LocalizedText(ru: "средний балл ЕГЭ по русскому языку", en: "ЕГЭ Russian mean score"),
      direction: nil),
    MetricCatalog.Definition(
      key: .egeMathProfileMeanScore, unit: .points, range: 0.0...100.0,
      title: LocalizedText(
        ru: "средний балл ЕГЭ по профильной математике", en: "ЕГЭ profile mathematics mean score"),
      direction: nil),
    MetricCatalog.Definition(
      key: .egeMathBaseMeanMark, unit: .mark, range: 2.0...5.0,
      title: LocalizedText(
        ru: "средняя отметка ЕГЭ по базовой математике", en: "ЕГЭ base mathematics mean mark"),
      direction: nil),
    MetricCatalog.Definition(
      key: .egeRussianBelowMinPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля участников ЕГЭ по русскому ниже минимального балла",
        en: "share of ЕГЭ Russian takers below the minimum score"), direction: nil),
    MetricCatalog.Definition(
      key: .egeMathBelowMinPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля участников ЕГЭ по математике ниже минимума",
        en: "share of ЕГЭ mathematics takers below the minimum"), direction: nil),
    MetricCatalog.Definition(
      key: .ogeRussianMeanMark, unit: .mark, range: 2.0...5.0,
      title: LocalizedText(
        ru: "средняя отметка ОГЭ по русскому языку", en: "ОГЭ Russian mean mark"), direction: nil),
    MetricCatalog.Definition(
      key: .ogeMathMeanMark, unit: .mark, range: 2.0...5.0,
      title: LocalizedText(
        ru: "средняя отметка ОГЭ по математике", en: "ОГЭ mathematics mean mark"), direction: nil),
    MetricCatalog.Definition(
      key: .ogeRussianBelowMinPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля участников ОГЭ по русскому ниже минимума",
        en: "share of ОГЭ Russian takers below the minimum"), direction: nil),
    MetricCatalog.Definition(
      key: .ogeMathBelowMinPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля участников ОГЭ по математике ниже минимума",
        en: "share of ОГЭ mathematics takers below the minimum"), direction: nil),
    MetricCatalog.Definition(
      key: .giaNoCertificatePercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля выпускников 9, 11 кл., не получивших аттестат",
        en: "share of grade 9 and 11 graduates without a certificate"), direction: nil),
    MetricCatalog.Definition(
      key: .giaHonoursPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля выпускников, получивших аттестат с отличием",
        en: "share of graduates with an honours certificate"), direction: nil),
    MetricCatalog.Definition(
      key: .vprRussianMeanMark, unit: .mark, range: 2.0...5.0,
      title: LocalizedText(
        ru: "средняя отметка ВПР по русскому языку (по всем параллелям)",
        en: "ВПР Russian mean mark (all grades)"), direction: nil),
    MetricCatalog.Definition(
      key: .vprMathMeanMark, unit: .mark, range: 2.0...5.0,
      title: LocalizedText(
        ru: "средняя отметка ВПР по математике", en: "ВПР mathematics mean mark"), direction: nil),
    MetricCatalog.Definition(
      key: .vprMarksLoweredPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля участников ВПР, получивших отметку ниже отметки в журнале",
        en: "share of ВПР participants marked below their journal mark"), direction: nil),
    MetricCatalog.Definition(
      key: .vprMarksConfirmedPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля, подтвердивших отметку",
        en: "share of ВПР participants who confirmed their journal mark"), direction: nil),
    MetricCatalog.Definition(
      key: .vprMarksRaisedPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля, получивших отметку выше журнальной",
        en: "share of ВПР participants marked above their journal mark"), direction: nil),
    MetricCatalog.Definition(
      key: .resultsQualityPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "качество обученности (доля обучающихся на «4» и «5»)",
        en: "quality of learning (share of students with 4s and 5s)"), direction: nil),
    MetricCatalog.Definition(
      key: .resultsSuccessPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "успеваемость (стандарт обученности)", en: "success rate (standard of learning)"),
      direction: nil),
    MetricCatalog.Definition(
      key: .continuationGrade10Percent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля выпускников 9 кл., продолживших обучение в 10 кл.",
        en: "share of grade 9 graduates continuing in grade 10"), direction: nil),
    MetricCatalog.Definition(
      key: .olympiadParticipationPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля обучающихся — участников региональных и всероссийских олимпиад и конкурсов",
        en: "share of students taking part in regional and national olympiads and contests"),
      direction: nil),
    MetricCatalog.Definition(
      key: .olympiadWinnersPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля победителей и призёров олимпиад, смотров, конкурсов",
        en: "share of olympiad and contest winners and prize-winners"), direction: nil),
    MetricCatalog.Definition(
      key: .satisfactionPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "удовлетворённость качеством услуг (независимая оценка качества)",
        en: "satisfaction with the quality of services (independent assessment)"), direction: nil),
    MetricCatalog.Definition(
      key: .additionalEducationCoveragePercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля обучающихся, охваченных дополнительным образованием",
        en: "share of students in additional education"), direction: nil),
    MetricCatalog.Definition(
      key: .contextEnrollment, unit: .count, range: -1e9...1e9, plausibleRange: 0...100_000,
      title: LocalizedText(ru: "число обучающихся", en: "number of students"), direction: .positive),
    MetricCatalog.Definition(
      key: .contextDistanceToCenterKm, unit: .kilometres, range: -1e9...1e9,
      plausibleRange: 0...20_000,
      title: LocalizedText(
        ru: "удалённость от образовательных центров, км", en: "distance to educational centres, km"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialLowSesFamilyPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "семьи с низким социально-экономическим и культурно-образовательным уровнем",
        en: "families with low socio-economic and cultural level"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialDeviantBehaviourPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "обучающиеся с девиантным поведением", en: "students with deviant behaviour"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialLowMotivationPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "обучающиеся с отсутствием учебной мотивации",
        en: "students with no learning motivation"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialWeakRussianPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "обучающиеся со слабым знанием русского языка", en: "students with weak Russian"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialLargeFamilyPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "из многодетных семей (3 и более детей)",
        en: "students from large families (3+ children)"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialNonNativeRussianPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "русский язык не является родным", en: "Russian is not the native language"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialOneParentHigherEdPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "один из родителей имеет высшее образование", en: "one parent has higher education"),
      direction: .positive),
    MetricCatalog.Definition(
      key: .socialBothParentsHigherEdPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "оба родителя имеют высшее образование", en: "both parents have higher education"),
      direction: .positive),
    MetricCatalog.Definition(
      key: .socialBothParentsUnemployedPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(ru: "оба родителя безработные", en: "both parents unemployed"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialDisabledParentPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "хотя бы один из родителей — инвалид", en: "at least one parent disabled"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialFosterOrGuardianshipPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "из приёмных семей, в т.ч. под опекой", en: "from foster families or under guardianship"
      ), direction: .negative),
    MetricCatalog.Definition(
      key: .socialSociallyDangerousFamilyPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "из семей в социально опасном положении",
        en: "from families in a socially dangerous situation"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialJuvenileCommissionPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "состоят на учёте в КДН", en: "registered with the juvenile commission (КДН)"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialSingleParentPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(ru: "из неполных семей", en: "from single-parent families"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialBelowSubsistencePercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доход на члена семьи ниже прожиточного минимума",
        en: "family income below the subsistence minimum"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialOneParentUnemployedPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "только один из родителей безработный", en: "only one parent unemployed"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialPoorHousingPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(ru: "проживают в неблагоустроенном жилье", en: "living in poor housing"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialPartlyPoorHousingPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "в неблагоустроенном и частично благоустроенном жилье",
        en: "living in poor or partly equipped housing"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialSchoolBusPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "ежедневно подвозятся на школьном автобусе", en: "brought daily by school bus"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .socialDisabledOrAdaptedPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "дети-инвалиды и обучающиеся по адаптированным программам",
        en: "disabled children and students on adapted programmes"), direction: .negative),
    MetricCatalog.Definition(
      key: .socialInternalRegisterPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "состоят на внутришкольном учёте", en: "on the school's internal register"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .staffCategoryConfirmed3yPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "учителя, подтвердившие или повысившие квалификационную категорию за 3 года",
        en: "teachers who confirmed or raised their category in 3 years"), direction: .positive),
    MetricCatalog.Definition(
      key: .staffLoadOver15Percent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "учителя, работающие на 1,5 ставки и более", en: "teachers working 1.5 rates or more"),
      direction: .negative),
    MetricCatalog.Definition(
      key: .staffCompetition3yPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru:
          "учителя — участники профессиональных конкурсов регионального и всероссийского уровня за 3 года",
        en: "teachers in regional and national professional contests in 3 years"),
      direction: .positive),
    MetricCatalog.Definition(
      key: .staffNonProfilePercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "учителя, преподающие предметы не по профилю образования",
        en: "teachers teaching outside their diploma profile"), direction: .negative),
    MetricCatalog.Definition(
      key: .staffQualityTrainingPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru:
          "руководящие и педагогические работники, повысившие квалификацию по проблеме качества образования",
        en: "staff trained on education quality"), direction: .positive),
    MetricCatalog.Definition(
      key: .resourcesRecentTextbooksPercent, unit: .percent, range: 0.0...100.0,
      title: LocalizedText(
        ru: "доля учебной литературы не старше 3 лет",
        en: "share of textbooks no older than 3 years"), direction: .positive),
  ])
}

extension MetricKey {
  /// средний балл ЕГЭ по русскому языку
  public static let egeRussianMeanScore: MetricKey = "ege.russian.mean_score"

  /// средний балл ЕГЭ по профильной математике
  public static let egeMathProfileMeanScore: MetricKey = "ege.math_profile.mean_score"

  /// средняя отметка ЕГЭ по базовой математике
  public static let egeMathBaseMeanMark: MetricKey = "ege.math_base.mean_mark"

  /// доля участников ЕГЭ по русскому ниже минимального балла
  public static let egeRussianBelowMinPercent: MetricKey = "ege.russian.below_min_percent"

  /// доля участников ЕГЭ по математике ниже минимума
  public static let egeMathBelowMinPercent: MetricKey = "ege.math.below_min_percent"

  /// средняя отметка ОГЭ по русскому языку
  public static let ogeRussianMeanMark: MetricKey = "oge.russian.mean_mark"

  /// средняя отметка ОГЭ по математике
  public static let ogeMathMeanMark: MetricKey = "oge.math.mean_mark"

  /// доля участников ОГЭ по русскому ниже минимума
  public static let ogeRussianBelowMinPercent: MetricKey = "oge.russian.below_min_percent"

  /// доля участников ОГЭ по математике ниже минимума
  public static let ogeMathBelowMinPercent: MetricKey = "oge.math.below_min_percent"

  /// доля выпускников 9, 11 кл., не получивших аттестат
  public static let giaNoCertificatePercent: MetricKey = "gia.no_certificate_percent"

  /// доля выпускников, получивших аттестат с отличием
  public static let giaHonoursPercent: MetricKey = "gia.honours_percent"

  /// средняя отметка ВПР по русскому языку (по всем параллелям)
  public static let vprRussianMeanMark: MetricKey = "vpr.russian.mean_mark"

  /// средняя отметка ВПР по математике
  public static let vprMathMeanMark: MetricKey = "vpr.math.mean_mark"

  /// доля участников ВПР, получивших отметку ниже отметки в журнале
  public static let vprMarksLoweredPercent: MetricKey = "vpr.marks_lowered_percent"

  /// доля, подтвердивших отметку
  public static let vprMarksConfirmedPercent: MetricKey = "vpr.marks_confirmed_percent"

  /// доля, получивших отметку выше журнальной
  public static let vprMarksRaisedPercent: MetricKey = "vpr.marks_raised_percent"

  /// качество обученности (доля обучающихся на «4» и «5»)
  public static let resultsQualityPercent: MetricKey = "results.quality_percent"

  /// успеваемость (стандарт обученности)
  public static let resultsSuccessPercent: MetricKey = "results.success_percent"

  /// доля выпускников 9 кл., продолживших обучение в 10 кл.
  public static let continuationGrade10Percent: MetricKey = "continuation.grade10_percent"

  /// доля обучающихся — участников региональных и всероссийских олимпиад и конкурсов
  public static let olympiadParticipationPercent: MetricKey = "olympiad.participation_percent"

  /// доля победителей и призёров олимпиад, смотров, конкурсов
  public static let olympiadWinnersPercent: MetricKey = "olympiad.winners_percent"

  /// удовлетворённость качеством услуг (независимая оценка качества)
  public static let satisfactionPercent: MetricKey = "satisfaction.percent"

  /// доля обучающихся, охваченных дополнительным образованием
  public static let additionalEducationCoveragePercent: MetricKey =
    "additional_education.coverage_percent"

  /// число обучающихся
  public static let contextEnrollment: MetricKey = "context.enrollment"

  /// удалённость от образовательных центров, км
  public static let contextDistanceToCenterKm: MetricKey = "context.distance_to_center_km"

  /// семьи с низким социально-экономическим и культурно-образовательным уровнем
  public static let socialLowSesFamilyPercent: MetricKey = "social.low_ses_family_percent"

  /// обучающиеся с девиантным поведением
  public static let socialDeviantBehaviourPercent: MetricKey = "social.deviant_behaviour_percent"

  /// обучающиеся с отсутствием учебной мотивации
  public static let socialLowMotivationPercent: MetricKey = "social.low_motivation_percent"

  /// обучающиеся со слабым знанием русского языка
  public static let socialWeakRussianPercent: MetricKey = "social.weak_russian_percent"

  /// из многодетных семей (3 и более детей)
  public static let socialLargeFamilyPercent: MetricKey = "social.large_family_percent"

  /// русский язык не является родным
  public static let socialNonNativeRussianPercent: MetricKey = "social.non_native_russian_percent"

  /// один из родителей имеет высшее образование
  public static let socialOneParentHigherEdPercent: MetricKey =
    "social.one_parent_higher_ed_percent"

  /// оба родителя имеют высшее образование
  public static let socialBothParentsHigherEdPercent: MetricKey =
    "social.both_parents_higher_ed_percent"

  /// оба родителя безработные
  public static let socialBothParentsUnemployedPercent: MetricKey =
    "social.both_parents_unemployed_percent"

  /// хотя бы один из родителей — инвалид
  public static let socialDisabledParentPercent: MetricKey = "social.disabled_parent_percent"

  /// из приёмных семей, в т.ч. под опекой
  public static let socialFosterOrGuardianshipPercent: MetricKey =
    "social.foster_or_guardianship_percent"

  /// из семей в социально опасном положении
  public static let socialSociallyDangerousFamilyPercent: MetricKey =
    "social.socially_dangerous_family_percent"

  /// состоят на учёте в КДН
  public static let socialJuvenileCommissionPercent: MetricKey =
    "social.juvenile_commission_percent"

  /// из неполных семей
  public static let socialSingleParentPercent: MetricKey = "social.single_parent_percent"

  /// доход на члена семьи ниже прожиточного минимума
  public static let socialBelowSubsistencePercent: MetricKey = "social.below_subsistence_percent"

  /// только один из родителей безработный
  public static let socialOneParentUnemployedPercent: MetricKey =
    "social.one_parent_unemployed_percent"

  /// проживают в неблагоустроенном жилье
  public static let socialPoorHousingPercent: MetricKey = "social.poor_housing_percent"

  /// в неблагоустроенном и частично благоустроенном жилье
  public static let socialPartlyPoorHousingPercent: MetricKey = "social.partly_poor_housing_percent"

  /// ежедневно подвозятся на школьном автобусе
  public static let socialSchoolBusPercent: MetricKey = "social.school_bus_percent"

  /// дети-инвалиды и обучающиеся по адаптированным программам
  public static let socialDisabledOrAdaptedPercent: MetricKey = "social.disabled_or_adapted_percent"

  /// состоят на внутришкольном учёте
  public static let socialInternalRegisterPercent: MetricKey = "social.internal_register_percent"

  /// учителя, подтвердившие или повысившие квалификационную категорию за 3 года
  public static let staffCategoryConfirmed3yPercent: MetricKey =
    "staff.category_confirmed_3y_percent"

  /// учителя, работающие на 1,5 ставки и более
  public static let staffLoadOver15Percent: MetricKey = "staff.load_over_1_5_percent"

  /// учителя — участники профессиональных конкурсов регионального и всероссийского уровня за 3 года
  public static let staffCompetition3yPercent: MetricKey = "staff.competition_3y_percent"

  /// учителя, преподающие предметы не по профилю образования
  public static let staffNonProfilePercent: MetricKey = "staff.non_profile_percent"

  /// руководящие и педагогические работники, повысившие квалификацию по проблеме качества образования
  public static let staffQualityTrainingPercent: MetricKey = "staff.quality_training_percent"

  /// доля учебной литературы не старше 3 лет
  public static let resourcesRecentTextbooksPercent: MetricKey =
    "resources.recent_textbooks_percent"
}
