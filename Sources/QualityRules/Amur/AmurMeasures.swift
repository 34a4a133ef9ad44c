import QualityKit

extension Amur {
  /// The support measures of seeds 000 (г. Свободный) and 002 (Михайловский район): every row of the plan of measures, in document
  /// order, with a verbatim quote; schedules, conditions and roles read as each measure's
  /// provenance says.
  public static let measures: [SupportMeasure] = [
    SupportMeasure(
      id: "amur.municipal_programme_development",
      title: LocalizedText(
        ru: "Разработка муниципальной программы повышения качества образования",
        en: "Drafting the municipal programme for raising the quality of education"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .once(from: .first(of: .july, 2022), to: .last(of: .august, 2022)),
      timingQuote: "Июль - август 2022",
      expectedResult: LocalizedText(
        ru: "Разработана и утверждена муниципальная программа повышения качества образования",
        en: "The municipal programme for raising the quality of education is drafted and approved"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Нормативно-организационное обеспечение",
        quote: "Разработка м униципальной программы повыш ения качества образования", kind: .stated,
        derivation: nil),
      lines: "L1036–1047"),
    SupportMeasure(
      id: "amur.municipal_normative_acts",
      title: LocalizedText(
        ru:
          "Разработка муниципальных нормативных актов, обеспечивающих реализацию муниципальной программы, школьных управленческих проектов",
        en:
          "Drafting the municipal regulatory acts that implement the municipal programme and the schools' management projects"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .educationDepartment],
      schedule: .once(from: .first(of: .july, 2022), to: .last(of: .august, 2022)),
      timingQuote: "Июль - август 2022",
      expectedResult: LocalizedText(
        ru: "Разработаны и утверждены нормативные акты",
        en: "The regulatory acts are drafted and approved"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Нормативно-организационное обеспечение",
        quote:
          "Разработка м униципальны х норм ативны х актов, обеспечиваю щ их реализацию муниципальной программы , ш кольны х управленческих проектов",
        kind: .stated,
        derivation: LocalizedText(
          ru: "«консультант Управления образования» сопоставлен с ролью education_department",
          en: "«консультант Управления образования» mapped to the role education_department")),
      lines: "L1049–1060"),
    SupportMeasure(
      id: "amur.municipal_coordinator_appointment",
      title: LocalizedText(
        ru:
          "Назначение муниципального координатора проекта, осуществляющего консультационную, методическую, тьюторскую поддержку ОУ",
        en:
          "Appointing the project's municipal coordinator, who gives schools consulting, methodical and tutoring support"
      ),
      categories: [.normativeOrganisational, .staffingInfrastructure],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .once(from: .first(of: .july, 2022), to: .last(of: .july, 2022)),
      timingQuote: "Июль 2022",
      expectedResult: LocalizedText(
        ru: "Назначен муниципальный координатор", en: "The municipal coordinator is appointed"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Нормативно-организационное обеспечение",
        quote:
          "Н азначение м униципального координатора проекта, осущ ествляю щ его консультационную , методическую , тью торскую поддержку ОУ",
        kind: .stated, derivation: nil),
      lines: "L1062–1073"),
    SupportMeasure(
      id: "amur.municipal_working_group_creation",
      title: LocalizedText(
        ru:
          "Создание муниципальной рабочей группы по вопросам повышения качества образования в школах с низкими образовательными результатами",
        en:
          "Setting up the municipal working group on raising the quality of education in schools with low results"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.municipalCoordinator],
      schedule: .once(from: .first(of: .august, 2022), to: .last(of: .august, 2022)),
      timingQuote: "Август 2022",
      expectedResult: LocalizedText(
        ru: "Утверждён план работы. Создана и функционирует Муниципальная рабочая группа",
        en: "The work plan is approved. The municipal working group is set up and working"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Нормативно-организационное обеспечение",
        quote:
          "Создание муниципальной рабочей группы по вопросам повы ш ения качества образования в ш колах с низкими образовательны м и результатами",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к программе в целом: группа — собственный орган программы, хотя названа по школам с низкими результатами",
          en:
            "applies to the programme: the group is the programme's own body, though named for schools with low results"
        )),
      lines: "L1075–1086"),
    SupportMeasure(
      id: "amur.working_group_sessions",
      title: LocalizedText(
        ru: "Заседание муниципальной рабочей группы", en: "Meeting of the municipal working group"),
      categories: [.normativeOrganisational, .monitoring],
      level: .municipal,
      responsible: [.municipalCoordinator],
      schedule: .schoolQuarters,
      timingQuote: "1 раз в четверть ежегодно",
      expectedResult: LocalizedText(
        ru: "Анализ эффективности принятых мер",
        en: "Analysis of how effective the measures taken were"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Нормативно-организационное обеспечение",
        quote: "Заседание м униципальной рабочей группы 1 раз в четверть ежегодно", kind: .stated,
        derivation: nil),
      lines: "L1088–1092"),
    SupportMeasure(
      id: "amur.reflective_dialogue_with_school_managers",
      title: LocalizedText(
        ru: "Рефлексивно-аналитический диалог с управленцами школ",
        en: "Reflective and analytical dialogue with school managers"),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.municipalWorkingGroup],
      schedule: .schoolQuarters,
      timingQuote: "1 раз в четверть ежегодно",
      expectedResult: LocalizedText(
        ru:
          "Разработка адресных рекомендаций ОУ города по итогам четверти, полугодия, года. Оказание методической помощи административной команде",
        en:
          "Targeted recommendations to the city's schools after each quarter, half-year and year; methodical help to the school's administrative team"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Нормативно-организационное обеспечение",
        quote:
          "Реф лексивно-аналитический диалог с управленцами ш кол 1 раз в четверть ежегодно разработка адресных реком ендаций О У города",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: адресные рекомендации и методическая помощь трактуются библиотекой как поддержка идентифицированных школ (документ адресован всем школам города)",
          en:
            "applies to identified schools: the library reads the targeted recommendations and methodical help as support for identified schools (the document addresses all city schools)"
        )),
      lines: "L1096–1109"),
    SupportMeasure(
      id: "amur.project_platform",
      title: LocalizedText(
        ru:
          "Организация деятельности муниципальной «Проектной площадки» (для управленческих команд ОО), нацеленной на развитие образовательного учреждения и повышения качества образования",
        en:
          "Running the municipal «Project platform» (for school management teams), aimed at developing the school and raising the quality of education"
      ),
      categories: [.staffingInfrastructure],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .january, 2023), to: .last(of: .december, 2024)),
      timingQuote: "2023-2024",
      expectedResult: LocalizedText(
        ru:
          "Создана и функционирует «Проектная площадка», включены в деятельность 100% образовательных учреждений",
        en: "The «Project platform» is set up and working, with 100% of schools taking part"),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "включены в деятельность 100% образовательных учреждений",
          en: "100% of schools take part"), value: 100, unit: .percent, comparison: .equal),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote:
          "О рганизация деятельности муниципальной «П роектной площ адки »(для управленческих команд 0 0 ) , нацеленной н а развитие",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "[sic] срок напечатан как «2023-2024», хотя собственные мероприятия площадки (с сентября 2022 г.) начинаются раньше; границы сохранены как напечатано (календарные годы); OCR: «0 0» = ОО, «з^чреждения» = учреждения",
          en:
            "[sic] timing printed «2023-2024» though the platform's own events (Sep 2022 onward) come earlier; bounds kept as printed (calendar years); OCR «0 0» = ОО, «з^чреждения» = учреждения"
        )),
      lines: "L1112–1132"),
    SupportMeasure(
      id: "amur.project_platform_analytic_seminar",
      title: LocalizedText(
        ru:
          "Работа «Проектной площадки»: аналитический семинар по вопросам результатов выполнения образовательной программы с учётом социальных условий",
        en:
          "«Project platform» session: an analytical seminar on how the educational programme is being fulfilled, taking social conditions into account"
      ),
      categories: [.monitoring, .methodicalSupport],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .once(
        from: CalendarDate(clampingYear: 2022, month: 9, day: 8),
        to: CalendarDate(clampingYear: 2022, month: 9, day: 14)),
      timingQuote: "Сентябрь 2022 (2 неделя)",
      expectedResult: LocalizedText(
        ru: "Фиксация «зоны низкого качества»", en: "The «low-quality zone» is pinned down"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote:
          "аналитический семинар по вопросам результатов вы полнения образовательной программы с учётом социальны х условий;",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "номер пункта утрачен при OCR (между 7 и 9); «2 неделя» понимается как 8–14 сентября 2022 г.",
          en:
            "item number lost in the OCR (between 7 and 9); «2 неделя» read as days 8–14 of September 2022"
        )),
      lines: "L1134–1157"),
    SupportMeasure(
      id: "amur.methodical_recommendations",
      title: LocalizedText(
        ru:
          "Разработка и оформление методических рекомендаций по работе над повышением качества образования",
        en: "Drafting and issuing methodical recommendations on raising the quality of education"),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Оформление адресных рекомендаций школам",
        en: "Targeted recommendations issued to schools"),
      condition: .identified,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote:
          "Разработка и оф ормление м етодических рекомендаций по работе над повыш ением качества образования",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: адресные рекомендации считаются адресованными идентифицированным школам; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "applies to identified schools: targeted recommendations read as addressed to the identified schools; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1159–1167"),
    SupportMeasure(
      id: "amur.project_platform_consultations",
      title: LocalizedText(
        ru:
          "Работа «Проектной площадки»: проведение (очных) консультаций с управленческими командами по формулировке проектных идей по повышению качества образования; сбор от школ заявок (проектных идей) на разработку управленческого проекта; проведение дистанционных консультаций в рамках разработки управленческих проектов ОУ",
        en:
          "«Project platform» session: face-to-face consultations with management teams on framing project ideas for raising quality; collecting schools' bids (project ideas) for a management project; remote consultations while the schools' management projects are drafted"
      ),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .once(
        from: CalendarDate(clampingYear: 2022, month: 9, day: 22),
        to: CalendarDate(clampingYear: 2022, month: 9, day: 28)),
      timingQuote: "Сентябрь 2022 (4 неделя)",
      expectedResult: LocalizedText(
        ru: "Разработка в ОУ управленческих проектов", en: "Schools draft their management projects"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote:
          "проведение (очных) консультаций с управленческими ком андам и по формулировке проектны х идей по повыш ению качества образования;",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«4 неделя» понимается как 22–28 сентября 2022 г.; относится к идентифицированным школам: механизм паспорта программы — консультационное сопровождение проектов развития ШНОР/ШНСУ; лишнее «и» в «Разработка и в ОУ» удалено (OCR)",
          en:
            "«4 неделя» read as days 22–28 of September 2022; applies to identified schools: the passport's mechanism is consulting support for ШНОР/ШНСУ development projects; stray «и» in «Разработка и в ОУ» cut (OCR)"
        )),
      lines: "L1171–1192"),
    SupportMeasure(
      id: "amur.project_platform_project_defence",
      title: LocalizedText(
        ru:
          "Работа «Проектной площадки»: презентация управленческих проектов школьных команд на заседании экспертной комиссии",
        en:
          "«Project platform» session: school teams present their management projects to the expert commission"
      ),
      categories: [.normativeOrganisational, .methodicalSupport],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .once(
        from: CalendarDate(clampingYear: 2022, month: 10, day: 8),
        to: CalendarDate(clampingYear: 2022, month: 10, day: 14)),
      timingQuote: "Октябрь 2022 (2 неделя)",
      expectedResult: LocalizedText(
        ru: "Определение проектов, готовых к реализации. Запуск управленческих проектов в школах.",
        en:
          "The projects ready to be carried out are chosen; management projects are launched in schools."
      ),
      condition: .identified,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote:
          "презентация управленческих проектов ш кольных команд н а заседании экспертной комиссии.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2 неделя» понимается как 8–14 октября 2022 г.; относится к идентифицированным школам: управленческие проекты — это проекты развития ШНОР/ШНСУ, предусмотренные механизмами паспорта программы",
          en:
            "«2 неделя» read as days 8–14 of October 2022; applies to identified schools: the management projects are the ШНОР/ШНСУ development projects of the passport's mechanisms"
        )),
      lines: "L1194–1212"),
    SupportMeasure(
      id: "amur.project_platform_reflective_seminar",
      title: LocalizedText(
        ru: "Работа «Проектной площадки»: рефлексивный семинар",
        en: "«Project platform» session: reflective seminar"),
      categories: [.monitoring, .methodicalSupport],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .dates([
        .init(from: .first(of: .january, 2023), to: .last(of: .january, 2023)),
        .init(from: .first(of: .april, 2023), to: .last(of: .april, 2023)),
      ]),
      timingQuote: "Январь, апрель 2023",
      expectedResult: LocalizedText(
        ru:
          "Презентация промежуточных результатов реализации управленческих проектов. Планирование необходимых изменений в деятельности",
        en:
          "Interim results of the management projects are presented; the necessary changes to the work are planned"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote: "Работа «П роектной площ адки»: - рефлексивный семинар. Я нварь, апрель 2023",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: на семинаре рассматриваются управленческие проекты в рамках механизма ШНОР/ШНСУ из паспорта программы",
          en:
            "applies to identified schools: the seminar reviews the management projects of the passport's ШНОР/ШНСУ mechanism"
        )),
      lines: "L1214–1231"),
    SupportMeasure(
      id: "amur.network_methodist_school",
      title: LocalizedText(
        ru:
          "Создание сетевой школы методиста: сопровождение ОО с учетом индивидуализации учебного процесса",
        en:
          "Setting up a network school for methodists: supporting schools with individualised teaching in view"
      ),
      categories: [.methodicalSupport, .partnershipNetwork],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru:
          "Управленческим командам школ с низкими результатами оказана методическая помощь в организации образовательного процесса. Развитие среды педагогического общения за счет включения педагогов школ с низкими образовательными результатами в работу методических объединений, сетевых сообществ",
        en:
          "The management teams of schools with low results receive methodical help in organising teaching; a wider professional environment through bringing these schools' teachers into methodical associations and network communities"
      ),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Инфраструктурное и кадровое обеспечение",
        quote:
          "Создание сетевой ш колы методиста: - сопровож дение 0 0 , с учетом индивидуализации учебного процесса",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "в ожидаемом результате названы школы с низкими результатами, поэтому ШНОР; OCR: «0 0» = ОО; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "expected result names schools with low results, hence ШНОР; OCR «0 0» = ОО; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1233–1262"),
    SupportMeasure(
      id: "amur.professional_deficits_monitoring",
      title: LocalizedText(
        ru: "Мониторинг по выявлению профессиональных дефицитов педагогов и управленцев",
        en: "Monitoring to find teachers' and managers' professional deficits"),
      categories: [.professionalDevelopment, .monitoring],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022 - 2024",
      expectedResult: LocalizedText(
        ru: "Определены профессиональные дефициты", en: "Professional deficits are identified"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section:
          "План мероприятий — Профессиональное развитие управленческих команд педагогов, специалистов",
        quote: "М ониторинг по вы явлению профессиональны х деф ицитов педагогов и управленцев",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "«2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1266–1278"),
    SupportMeasure(
      id: "amur.teacher_individual_plans_coordination",
      title: LocalizedText(
        ru: "Координация деятельности образовательных учреждений по разработке ИОП учителей",
        en: "Coordinating schools' work on teachers' individual educational plans (ИОП)"),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Реализация комплекса мероприятий по повышения квалификации педагогов",
        en: "A set of professional-development activities for teachers is carried out"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section:
          "План мероприятий — Профессиональное развитие управленческих команд педагогов, специалистов",
        quote: "К оординация деятельности образовательных учреж дений поразработке И О П учителей",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "[sic] «по повышения» сохранено как напечатано; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "[sic] «по повышения» kept as printed; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1280–1293"),
    SupportMeasure(
      id: "amur.young_teacher_school_and_workshop",
      title: LocalizedText(
        ru:
          "Организация работы районного методического объединения «Школа молодого педагога», «Мастерская учителя»",
        en:
          "Running the district methodical associations «Young teacher's school» and «Teacher's workshop»"
      ),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Повышение профессиональной компетентности педагогов по направлениям деятельности",
        en: "Higher professional competence of teachers in their fields of work"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section:
          "План мероприятий — Профессиональное развитие управленческих команд педагогов, специалистов",
        quote: "О рганизация работы районного методического объединения «Ш кола молодого педагога»",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "«2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1295–1311"),
    SupportMeasure(
      id: "amur.city_events",
      title: LocalizedText(
        ru:
          "Проведение городских мероприятий: фестиваль успешных педагогических и управленческих практик; … площадка «Открытый диалог» (педагог - родитель - ученик). Мероприятия для обучающихся, в том числе «группы риска»",
        en:
          "City events: a festival of successful teaching and management practices; thematic webinars; the «Open dialogue» forum (teacher – parent – student); events for students, including the «at-risk group»"
      ),
      categories: [.professionalDevelopment, .studentsParents],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Демонстрация успешных практик", en: "Successful practices are showcased"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section:
          "План мероприятий — Профессиональное развитие управленческих команд педагогов, специалистов",
        quote:
          "Проведение городских мероприятий: фестиваль успеш ны х педагогических и управленческих практик;",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "мероприятия для обучающихся (фестиваль медиации, межведомственные акции, месячники антинаркотической направленности и здорового образа жизни, социально-психологическое тестирование) проводятся «по отдельному плану» в 2022-2024 гг.; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "the student events (mediation festival, inter-agency campaigns, anti-drug and healthy-living months, socio-psychological testing) run «по отдельному плану» within 2022-2024; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1313–1343"),
    SupportMeasure(
      id: "amur.management_seminar",
      title: LocalizedText(
        ru: "Организация работы постоянно действующего управленческого семинара",
        en: "Running a standing seminar for school managers"),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Повышение профессиональной компетентности управленческий команд",
        en: "Higher professional competence of management teams"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section:
          "План мероприятий — Профессиональное развитие управленческих команд педагогов, специалистов",
        quote: "О рганизация работы постоянно действую щ его управленческого сем инара",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "[sic] «управленческий команд» сохранено как напечатано; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "[sic] «управленческий команд» kept as printed; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1345–1356"),
    SupportMeasure(
      id: "amur.websites_quality_section",
      title: LocalizedText(
        ru:
          "Работа с сайтами образовательных учреждений и управления образования: создание раздела «Повышение качества образования»",
        en:
          "Work on the websites of schools and of the education department: creating the section «Raising the quality of education»"
      ),
      categories: [.information],
      level: .municipal,
      responsible: [.municipalCoordinator],
      schedule: .timesPerYear(12),
      timingQuote: "Август 2022 ежемесячно 2022-2024",
      expectedResult: LocalizedText(
        ru:
          "На сайтах управления образования г. Свободного информирующий о реализации программы/школьных проектов, о полученных промежуточных результатах реализации",
        en:
          "On the websites of the Svobodny education department: [a section] reporting on the programme and the school projects and their interim results"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Информационное обеспечение",
        quote:
          "Работа с сайтами образовательны х А вгуст 2022 Н а сайтах управления М униципальны й учреж дений и управления образования: еж емесячно 2022-2024",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "смешанные сроки: разделы создаются в августе 2022 г., затем ежемесячно наполняются в 2022-2024 гг. (сохранена периодическая форма); OCR построчно перемежает столбцы таблицы, поэтому цитата захватывает несколько столбцов, а в ожидаемом результате недостаёт существительного (вероятно, «раздел»)",
          en:
            "mixed timing: sections created in August 2022, then filled monthly 2022-2024 (the recurring form kept); the OCR interleaves the table's columns line by line, so the quote spans them and the expected result lacks its noun (probably «раздел»)"
        )),
      lines: "L1362–1373"),
    SupportMeasure(
      id: "amur.programme_experience_dissemination",
      title: LocalizedText(
        ru: "Тиражирование опыта реализации МППКО",
        en:
          "Spreading the experience of implementing the municipal programme for raising the quality of education (МППКО)"
      ),
      categories: [.information],
      level: .municipal,
      responsible: [.municipalCoordinator, .schoolHead],
      schedule: .continuous(),
      timingQuote: "в течение всего срока реализации программы",
      expectedResult: LocalizedText(
        ru:
          "На сайтах управления образования Администрации, образовательных организациях создан раздел",
        en: "A section is created on the websites of the education department and of the schools"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt",
        section: "План мероприятий — Информационное обеспечение",
        quote: "Тиражирование опы та реализации в течение всего срока", kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR «м п п к о» понимается как МППКО (муниципальной программы повышения качества образования); OCR перемежает столбцы, поэтому цитата переходит в ячейку сроков",
          en:
            "OCR «м п п к о» read as МППКО (муниципальной программы повышения качества образования); the OCR interleaves the columns, so the quote runs into the timing cell"
        )),
      lines: "L1374–1380"),
    SupportMeasure(
      id: "amur.management_projects_monitoring",
      title: LocalizedText(
        ru:
          "Организация и проведение муниципальных мониторингов по реализации управленческих проектов в ОУ",
        en: "Municipal monitoring of how schools carry out their management projects"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .dates([
        .init(from: .first(of: .november, 2022), to: .last(of: .november, 2022)),
        .init(from: .first(of: .may, 2023), to: .last(of: .may, 2023)),
      ]),
      timingQuote: "Ноябрь 2022, май 2023",
      expectedResult: LocalizedText(
        ru: "Фиксация продвижения ОУ по реализации проектов",
        en: "Each school's progress with its project is recorded"),
      condition: .identified,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Мониторинг",
        quote:
          "О рганизация и проведение м униципальны х м ониторингов по реализации управленческих проектов в О У :",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: управленческие проекты — это проекты развития ШНОР/ШНСУ, предусмотренные механизмами паспорта программы",
          en:
            "applies to identified schools: the management projects are the ШНОР/ШНСУ development projects of the passport's mechanisms"
        )),
      lines: "L1386–1411"),
    SupportMeasure(
      id: "amur.monitoring_information_support",
      title: LocalizedText(
        ru:
          "Обеспечение информационного, аналитического сопровождения входного, промежуточного, итогового мониторинговых процедур",
        en:
          "Informational and analytical support of the entry, interim and final monitoring procedures"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.headOfEducationDepartment, .municipalCoordinator],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Усиление контроля над полученными результатами мониторинга",
        en: "Tighter control over the monitoring results obtained"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Мониторинг",
        quote:
          "Обеспечение инф ормационного, аналитического сопровож дения входного, промеж уточного, итогового мониторинговы х процедур",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "«2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1413–1427"),
    SupportMeasure(
      id: "amur.network_partnership_agreements",
      title: LocalizedText(
        ru:
          "Заключение договоров о сетевом партнерстве школ с низкими образовательными результатами со школами лидерами, с учреждениями дополнительного образования детей, культуры, спорта",
        en:
          "Network partnership agreements between schools with low results and leading schools, institutions of additional education, culture and sport"
      ),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Обеспечение взаимодействия с целью повышения качества образования",
        en: "Cooperation for raising the quality of education is in place"),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Ресурсное обеспечение",
        quote:
          "Заклю чение договоров о сетевом партнерстве ш кол с низким и образовательны м и результатам и со ш колами лидерами",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "в строке названы школы с низкими результатами, как и в паспорте программы («партнерских проектов между ШНОР и ведущими школами»), поэтому ШНОР; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "the row names schools with low results, as does the passport («партнерских проектов между ШНОР и ведущими школами»), hence ШНОР; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1433–1446"),
    SupportMeasure(
      id: "amur.digital_environment_model",
      title: LocalizedText(
        ru:
          "Разработка и внедрение в деятельность модели образовательной среды, включающей системное использование цифровых технологий, онлайн образование, повышение IT-компетентности педагогов",
        en:
          "Designing and introducing a model of the learning environment with systematic use of digital technology, online education and teachers' IT skills (consultations, seminars, master classes on schools' requests)"
      ),
      categories: [.financeResources, .staffingInfrastructure, .professionalDevelopment],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Разработана и внедрена в практику модель ЦОС",
        en: "The digital learning environment (ЦОС) model is designed and in use"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Ресурсное обеспечение",
        quote:
          "Разработка и внедрение в деятельность модели образовательной среды, вклю чаю щ ей системное использование",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "«2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1448–1463"),
    SupportMeasure(
      id: "amur.municipal_internship_sites",
      title: LocalizedText(
        ru: "Организация и координация деятельности муниципальных стажерских площадок",
        en: "Organising and coordinating the municipal internship sites"),
      categories: [.partnershipNetwork, .professionalDevelopment],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Совершенствование условий для повышения качества образования",
        en: "Better conditions for raising the quality of education"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Ресурсное обеспечение",
        quote: "О рганизация и координация деятельности м униципальны х стаж ерских площ адок",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "«2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1465–1476"),
    SupportMeasure(
      id: "amur.regional_innovation_sites",
      title: LocalizedText(
        ru: "Координация деятельности региональных инновационных площадок",
        en: "Coordinating the regional innovation sites"),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Совершенствование условий для повышения качества образования",
        en: "Better conditions for raising the quality of education"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Ресурсное обеспечение",
        quote: "К оординация деятельности региональны х инновационны х площ адок 2022-2024",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "«2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1478–1488"),
    SupportMeasure(
      id: "amur.additional_education_senior_students",
      title: LocalizedText(
        ru: "Реализация образовательных программ дополнительного образования для старшеклассников",
        en: "Additional-education programmes for senior students"),
      categories: [.studentsParents],
      level: .municipal,
      responsible: [.headOfEducationDepartment],
      schedule: .continuous(from: .first(of: .september, 2022), to: .last(of: .december, 2024)),
      timingQuote: "2022-2024",
      expectedResult: LocalizedText(
        ru: "Совершенствование условий для повышения качества образования",
        en: "Better conditions for raising the quality of education"),
      condition: .programme,
      provenance: Provenance(
        source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий — Ресурсное обеспечение",
        quote:
          "Реализация образовательных программ дополнительного образования для старш еклассников:",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "перечень после двоеточия в исходном тексте отсутствует; «2022-2024» понимается как учебные годы программы с сентября 2022 г. (программа утверждена 01.07.2022) до конца 2024 г.",
          en:
            "the list after the colon is missing from the seed; «2022-2024» read as the programme's academic years from September 2022 (programme approved 01.07.2022) to the end of 2024"
        )),
      lines: "L1490–1501"),
    SupportMeasure(
      id: "amur.municipal_support_group_and_school_teams",
      title: LocalizedText(
        ru:
          "Формирование муниципальной группы по сопровождению деятельности ОО, функционирующих в неблагоприятных социальных условиях. Формирование управленческих команд на уровне ОО",
        en:
          "Forming the municipal group that supports schools in unfavourable social conditions; forming management teams in the schools"
      ),
      categories: [.normativeOrganisational, .staffingInfrastructure],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead],
      schedule: .once(from: .first(of: .august, 2019), to: .last(of: .august, 2019)),
      timingQuote: "Август 2019",
      expectedResult: LocalizedText(
        ru:
          "Организация системы мониторинга, контроля и принятия управленческих решений по повышению эффективности деятельности школ, показывающих стабильно низкие результаты",
        en:
          "A system of monitoring, control and management decisions for making schools with persistently low results more effective"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote:
          "Формирование муниципальной группы по сопровождению деятельности ОО, функционирующих в неблагоприятных социальных условиях Формирование управленческих команд на уровне ОО",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: управленческие команды формируются в школах-участниках («ОО-участники проекта»); «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "applies to identified schools: the management teams are formed in the participating schools («ОО-участники проекта»); «ОО» as responsible mapped to school_head"
        )),
      lines: "L339–377"),
    SupportMeasure(
      id: "amur.initial_monitoring_and_self_assessment",
      title: LocalizedText(
        ru:
          "Проведение первичных мониторинговых исследований на муниципальном уровне и самообследований на уровне ОО в соответствии с критериями оценки эффективности работы школ (Проведение диагностики по определению индекса социального благополучия (ИСБ) школ)",
        en:
          "Initial municipal monitoring and school self-assessment against the criteria of school effectiveness (diagnostics to determine the schools' social wellbeing index, ИСБ)"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead, .methodicalService],
      schedule: .once(from: .first(of: .september, 2019), to: .last(of: .october, 2019)),
      timingQuote: "Сентябрь-октябрь 2019",
      expectedResult: LocalizedText(
        ru:
          "Обеспечен комплексный мониторинг качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях",
        en:
          "Comprehensive monitoring of education quality in schools with low results and schools in unfavourable social conditions is in place"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote:
          "исследований на муниципальном уровне и самообследований на уровне ОО в соответствии с критериями оценки эффективности работы школ",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR «МЦ «МЦ»» понимается как МУ «МЦ»; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en: "OCR «МЦ «МЦ»» read as МУ «МЦ»; «ОО» as responsible mapped to school_head")),
      lines: "L379–433"),
    SupportMeasure(
      id: "amur.regional_achievement_monitoring_support",
      title: LocalizedText(
        ru:
          "Организация проведения регионального мониторинга образовательных достижений учащихся. Оказание образовательным организациям методической и организационной помощи в проведении мониторинга образовательных достижений учащихся и сборе контекстных данных",
        en:
          "Organising the regional monitoring of students' achievement; methodical and organisational help to schools in running it and collecting contextual data"
      ),
      categories: [.monitoring, .methodicalSupport],
      level: .municipal,
      responsible: [],
      schedule: .timesPerYear(1),
      timingQuote: "Ежегодно",
      expectedResult: LocalizedText(
        ru: "Проведение не менее 4-х консультаций", en: "At least 4 consultations held"),
      target: MeasureTarget(
        text: LocalizedText(ru: "не менее 4-х консультаций", en: "at least 4 consultations"),
        value: 4, unit: .events, comparison: .atLeast),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote: "Организация проведения регионального мониторинга образовательных", kind: .derived,
        derivation: LocalizedText(
          ru:
            "в строке не назван ответственный; «Ежегодно» понимается как один раз в год без указания месяца",
          en: "the row names no responsible; «Ежегодно» read as once a year with no month")),
      lines: "L435–465"),
    SupportMeasure(
      id: "amur.consulting_methodical_support",
      title: LocalizedText(
        ru:
          "Организация консультационно-методического обеспечения реализации программ повышения качества ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты",
        en:
          "Consulting and methodical support for the quality-improvement programmes of schools in unfavourable social conditions with low results, including help drafting their programmes for moving into effective mode"
      ),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru:
          "Помощь в реализации школьных программ повышения качества, контроль выполнения плановых мероприятий (не менее 4-х консультаций).",
        en:
          "Help carrying out the schools' quality programmes and control of the planned activities (at least 4 consultations)."
      ),
      target: MeasureTarget(
        text: LocalizedText(ru: "не менее 4-х консультаций", en: "at least 4 consultations"),
        value: 4, unit: .events, comparison: .atLeast),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote:
          "методического обеспечения реализации программ повышения качества ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "названные в строке школы, функционирующие в неблагоприятных социальных условиях и показывающие низкие результаты, понимаются как каждая идентифицированная школа",
          en:
            "the row names schools in unfavourable social conditions showing low results, read as every identified school"
        )),
      lines: "L467–519"),
    SupportMeasure(
      id: "amur.staff_achievement_monitoring_setup",
      title: LocalizedText(
        ru:
          "Разработка и реализация мониторинга достижений педагогического и управленческого состава",
        en: "Designing and running monitoring of the achievements of teaching and management staff"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .december, 2019), to: .last(of: .december, 2019)),
      timingQuote: "Декабрь 2019",
      expectedResult: LocalizedText(
        ru:
          "Обеспечен комплексный мониторинг качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях",
        en:
          "Comprehensive monitoring of education quality in schools with low results and schools in unfavourable social conditions is in place"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote: "Разработка и реализация мониторинга достижений педагогического и", kind: .stated,
        derivation: nil),
      lines: "L525–555"),
    SupportMeasure(
      id: "amur.information_and_community_engagement",
      title: LocalizedText(
        ru:
          "Разработать и утвердить комплекс мер по информационному сопровождению муниципальной программы поддержки школ. Разработать планы вовлечения местного сообщества в разработку и реализацию программы перехода в эффективный режим",
        en:
          "A set of measures for informing about the municipal school-support programme; plans for involving the local community in the schools' programmes for moving into effective mode, approved by the schools' governing councils and made known to parents and the community"
      ),
      categories: [.information, .studentsParents],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .once(from: .first(of: .september, 2019), to: .last(of: .september, 2019)),
      timingQuote: "Сентябрь 2019",
      expectedResult: LocalizedText(
        ru: "Привлечение местного сообщества к реализации Программы",
        en: "The local community is drawn into carrying out the programme"),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote:
          "комплекс мер по информационному сопровождению муниципальной программы поддержки школ. Разработать планы вовлечения местного сообщества в разработку и реализацию программы",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: планы работы с местным сообществом входят в программу перехода каждой целевой школы в эффективный режим работы; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "applies to identified schools: the community plans belong to each target school's programme for moving into effective mode; «ОО» as responsible mapped to school_head"
        )),
      lines: "L557–591"),
    SupportMeasure(
      id: "amur.equipment_provision_monitoring",
      title: LocalizedText(
        ru:
          "Организация мониторинга обеспеченности образовательных учреждений оборудованием, необходимым для обеспечения полной реализации образовательных программ",
        en:
          "Monitoring whether schools have the equipment needed to deliver their educational programmes in full"
      ),
      categories: [.monitoring, .financeResources],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .month(.september),
      timingQuote: "Сентябрь ежегодно",
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote: "1.1.7 Организация мониторинга обеспеченно-", kind: .stated,
        derivation: LocalizedText(
          ru:
            "все строки записи разорваны переносами, поэтому цитата — её первая строка, обрывающаяся на переносе",
          en:
            "every line of the row is hyphen-split, so the quote is its first line, ending at the split"
        )),
      lines: "L593–607"),
    SupportMeasure(
      id: "amur.teacher_qualification_compliance_monitoring",
      title: LocalizedText(
        ru:
          "Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложных социальных контекстах",
        en:
          "Monitoring whether teachers of schools in difficult social contexts meet the qualification requirements (regular courses, retraining for the subjects taught, raising the education level of staff with secondary or vocational education)"
      ),
      categories: [.monitoring, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .month(.september),
      timingQuote: "Сентябрь, ежегодно",
      expectedResult: LocalizedText(
        ru:
          "Охват курсовой подготовкой 100% педагогических работников ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты.",
        en:
          "100% of the teachers of schools in unfavourable social conditions with low results take courses."
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "Охват курсовой подготовкой 100% педагогических работников",
          en: "100% of teachers take courses"), value: 100, unit: .percent, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.1. Создание организационной инфраструктуры проекта, обеспечение кадровой поддержки",
        quote:
          "требованиям педагогов ОО, работающих в сложных социальных контекстах: регулярность прохождения курсов повышения квалификации",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "школы строки (сложные социальные контексты, низкие результаты) понимаются как каждая идентифицированная школа; в пакете нет критерия по кадровому обеспечению",
          en:
            "the row's schools (difficult social contexts, low results) read as every identified school; the pack has no staffing criterion"
        )),
      lines: "L609–655"),
    SupportMeasure(
      id: "amur.regional_programme_competition",
      title: LocalizedText(
        ru:
          "Обеспечить участие школ в конкурсе на участие в региональной Программе образовательных организаций, функционирующих в неблагоприятных социальных условиях",
        en:
          "Making sure schools enter the competition for the regional programme for schools in unfavourable social conditions"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .once(from: .first(of: .november, 2019), to: .last(of: .november, 2019)),
      timingQuote: "Ноябрь 2019",
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.2. Разработка нормативно-правового обеспечения реализации программ",
        quote: "1.2.1 Обеспечить участие школ в конкурсе на участие в региональной Программе",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "программа называет свои целевые школы «функционирующих в неблагоприятных социальных условиях» (её цель охватывает ШНОР и ШНСУ), что понимается как каждая идентифицированная школа",
          en:
            "the programme calls its target schools «функционирующих в неблагоприятных социальных условиях» (its goal covers ШНОР and ШНСУ), read as every identified school"
        )),
      lines: "L659–675"),
    SupportMeasure(
      id: "amur.best_practice_bank_regulation",
      title: LocalizedText(
        ru:
          "Утвердить Положение о муниципальном банке лучших практик перехода школ в эффективный режим работы",
        en:
          "Approving the regulation on the municipal bank of best practices of moving schools into effective mode"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .month(.december),
      timingQuote: "декабрь",
      expectedResult: LocalizedText(
        ru:
          "Разработано муниципальное Положение, определен порядок сбора, оценки и последующего распространения лучших практик",
        en:
          "The municipal regulation is drafted; the procedure for collecting, assessing and then spreading best practices is set"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.2. Разработка нормативно-правового обеспечения реализации программ",
        quote:
          "Утвердить Положение о муниципальном банке лучших практик перехода школ в эффективный режим работы",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "год не указан (соседние строки датированы 2019 г.); месяц без года понимается как этот месяц ежегодно",
          en:
            "year not stated (neighbouring rows are dated 2019); a bare month read as that month every year"
        )),
      lines: "L677–695"),
    SupportMeasure(
      id: "amur.school_effectiveness_indicators",
      title: LocalizedText(
        ru:
          "Включить в перечень показателей оценки эффективности деятельности образовательной организации и ее руководителя показатели из программ перехода школ в эффективный режим работы",
        en:
          "Adding indicators from the schools' programmes for moving into effective mode to the indicators used to assess a school's and its head's effectiveness"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .december, 2019), to: .last(of: .december, 2019)),
      timingQuote: "Декабрь 2019",
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.2. Разработка нормативно-правового обеспечения реализации программ",
        quote: "1.2.3 Включить в перечень показателей", kind: .stated,
        derivation: LocalizedText(
          ru: "строки записи разорваны переносами, поэтому цитата — её неразорванное начало",
          en: "the row's lines are hyphen-split, so the quote is its unbroken opening")),
      lines: "L697–711"),
    SupportMeasure(
      id: "amur.head_effective_contract_indicators",
      title: LocalizedText(
        ru:
          "Включить в перечень показателей эффективности деятельности эффективного контракта руководителя образовательной организации показатели из программ перехода школ в эффективный режим работы",
        en:
          "Adding indicators from the schools' programmes for moving into effective mode to the performance indicators of the school head's effective contract"
      ),
      categories: [.normativeOrganisational, .financeResources],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .january, 2019), to: .last(of: .january, 2019)),
      timingQuote: "январь 2019",
      expectedResult: LocalizedText(
        ru:
          "Установление связи между уровнем заработной платы и динамикой реализации программы развития, показателями результативности",
        en:
          "Pay is linked to the progress of the development programme and to performance indicators"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.2. Разработка нормативно-правового обеспечения реализации программ",
        quote: "1.2.4 Включить в перечень показателей", kind: .stated,
        derivation: LocalizedText(
          ru:
            "[sic] «январь 2019» предшествует остальным строкам программы (с августа 2019 г.), сохранено как напечатано; строки записи разорваны переносами, поэтому цитата — её неразорванное начало",
          en:
            "[sic] «январь 2019» comes before the programme's other rows (from August 2019), kept as printed; the row's lines are hyphen-split, so the quote is its unbroken opening"
        )),
      lines: "L713–741"),
    SupportMeasure(
      id: "amur.teacher_growth_plan_regulations",
      title: LocalizedText(
        ru:
          "Разработать и утвердить Положения об индивидуальных планах профессионального роста педагогов и профессиональных сообществах педагогов",
        en:
          "Drafting and approving regulations on teachers' individual professional-growth plans and on teachers' professional communities"
      ),
      categories: [.normativeOrganisational, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .once(from: .first(of: .november, 2019), to: .last(of: .november, 2019)),
      timingQuote: "Ноябрь 2019",
      expectedResult: LocalizedText(
        ru: "Разработка примерного Положения", en: "A model regulation is drafted"),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.2. Разработка нормативно-правового обеспечения реализации программ",
        quote: "1.2.5 Разработать и утвердить Положения об индивидуальных планах", kind: .stated,
        derivation: LocalizedText(
          ru: "«ОО» в качестве ответственного сопоставлено с ролью school_head",
          en: "«ОО» as responsible mapped to school_head")),
      lines: "L743–763"),
    SupportMeasure(
      id: "amur.incentive_pay_regulation",
      title: LocalizedText(
        ru:
          "Обновить Положение о стимулирующих выплатах, внести изменения, определяющие при расчете рабочего времени учителей порядок учета времени на индивидуальные занятия с отстающими школьниками, на обмен опытом, на совместное планирование и анализ практики с другими учителями",
        en:
          "Updating the regulation on incentive payments so that teachers' working time counts individual lessons with lagging students, exchange of experience, and joint planning and review of practice with other teachers"
      ),
      categories: [.normativeOrganisational, .financeResources],
      level: .school,
      responsible: [.schoolHead],
      schedule: .once(from: .first(of: .september, 2019), to: .last(of: .september, 2019)),
      timingQuote: "Сентябрь 2019",
      expectedResult: LocalizedText(
        ru:
          "Установление связи между уровнем заработной платы и динамикой реализации программы развития, показателями результативности",
        en:
          "Pay is linked to the progress of the development programme and to performance indicators"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — 1.2. Разработка нормативно-правового обеспечения реализации программ",
        quote: "1.2.6 Обновить Положение о стимулирующих выплатах, внести изменения,",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "выполняется каждой школой-участницей, что понимается как каждая идентифицированная школа; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "carried out by each participating school, read as every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L765–797"),
    SupportMeasure(
      id: "amur.municipal_task_pd_funding",
      title: LocalizedText(
        ru:
          "Выделить средства для включения в муниципальное задание методическим службам проведение курсов повышения квалификации педагогических работников и руководителей школ, работающих со сложным контингентом, с низкими образовательными результатами",
        en:
          "Funding professional-development courses in the methodical services' municipal task, for teachers and heads of schools with a difficult student body and low results"
      ),
      categories: [.financeResources, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .timesPerYear(1),
      timingQuote: "Ежегодно",
      expectedResult: LocalizedText(
        ru: "Повышение квалификации педагогических работников и руководителей школ",
        en: "Professional development of teachers and school heads"),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section: "Мероприятия Программы — 1.3. Разработка финансового механизма реализации проекта",
        quote:
          "задание методическим службам проведение курсов повышения квалификации педагогических",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "сложный контингент обучающихся (ШНСУ) и низкие результаты (ШНОР) вместе понимаются как каждая идентифицированная школа; «Ежегодно» понимается как один раз в год без указания месяца",
          en:
            "a difficult student body (ШНСУ) and low results (ШНОР) together read as every identified school; «Ежегодно» read as once a year with no month"
        )),
      lines: "L801–821"),
    SupportMeasure(
      id: "amur.school_grants",
      title: LocalizedText(
        ru:
          "Определить образовательные организации для выделения грантов общеобразовательным учреждениям, работающим со сложным контингентом, демонстрирующим низкие образовательные результаты, на реализацию программ улучшения результатов. Разработать критерии и показатели выделения грантов",
        en:
          "Choosing the schools with a difficult student body and low results that receive grants for their improvement programmes; setting the grant criteria and indicators and the uses of the targeted subsidy"
      ),
      categories: [.financeResources],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .january, 2020), to: .last(of: .january, 2020)),
      timingQuote: "Январь 2020",
      expectedResult: LocalizedText(
        ru: "Приказ о выделении грантов. План финансовой деятельности.",
        en: "An order awarding the grants; a financial plan."),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section: "Мероприятия Программы — 1.3. Разработка финансового механизма реализации проекта",
        quote:
          "Определить направления расходования целевой субсидии (гранта) или других денежных средств, выделенных школе на реализацию программы перехода в",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "сложный контингент обучающихся (ШНСУ) и низкие результаты (ШНОР) вместе понимаются как каждая идентифицированная школа; сами критерии предоставления грантов не приведены",
          en:
            "a difficult student body (ШНСУ) and low results (ШНОР) together read as every identified school; the grant criteria themselves are not given"
        )),
      lines: "L823–865"),
    SupportMeasure(
      id: "amur.municipal_service_quality_indicators",
      title: LocalizedText(
        ru:
          "Утвердить изменения в перечне показателей, характеризующих качество муниципальных услуг (работ), оказываемых (выполняемых) подведомственными образовательными организациями, связанные с неблагоприятными условиями работы школ",
        en:
          "Approving changes, tied to schools' unfavourable working conditions, to the indicators of the quality of the municipal services schools provide"
      ),
      categories: [.normativeOrganisational, .financeResources],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead],
      schedule: .once(from: .first(of: .january, 2020), to: .last(of: .january, 2020)),
      timingQuote: "Январь 2020",
      condition: .categories([.unfavourableSocialConditions]),
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section: "Мероприятия Программы — 1.3. Разработка финансового механизма реализации проекта",
        quote:
          "организациями, связанные с неблагоприятными условиями работы школ Январь 2020 РОО, ОО",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "изменения связаны с неблагоприятными условиями работы школ, поэтому ШНСУ; цитата переходит в ячейки сроков и ответственных; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "the changes are tied to schools' unfavourable working conditions, hence ШНСУ; the quote runs into the timing and responsible cells; «ОО» as responsible mapped to school_head"
        )),
      lines: "L867–885"),
    SupportMeasure(
      id: "amur.teacher_incentives",
      title: LocalizedText(
        ru:
          "Обеспечить стимулирование педагогов, показывающих максимальное и стабильное улучшение образовательных результатов учащихся",
        en: "Rewarding teachers whose students' results improve most and most steadily"),
      categories: [.financeResources],
      level: .school,
      responsible: [.schoolHead],
      schedule: .timesPerYear(4),
      timingQuote: "1 раз в квартал",
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section: "Мероприятия Программы — 1.3. Разработка финансового механизма реализации проекта",
        quote: "1.3.4 Обеспечить стимулирование педагогов, показывающих максимальное и",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«1 раз в квартал» понимается как 4 раза в год (календарные кварталы, а не учебные четверти); выполняется каждой школой-участницей, что понимается как каждая идентифицированная школа; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "«1 раз в квартал» read as 4 times a year (calendar quarters, not school quarters); carried out by each participating school, read as every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L887–899"),
    SupportMeasure(
      id: "amur.support_programme_monitoring_data",
      title: LocalizedText(
        ru:
          "Организовать предоставление данных для промежуточного и итогового мониторинга программ поддержки школ, функционирующих в неблагоприятных социальных условиях. Оказать методическую и организационную помощь школам в проведении мониторинга",
        en:
          "Supplying data for the interim and final monitoring of the support programmes for schools in unfavourable social conditions; methodical and organisational help to schools with the monitoring, including with the assessment materials developed"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead],
      schedule: .timesPerYear(4),
      timingQuote: "1 раз в квартал, ежегодно",
      expectedResult: LocalizedText(
        ru: "Данные в АмИРО",
        en: "Data sent to АмИРО (the Amur institute for education development)"),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "Организовать предоставление данных для промежуточного и итогового", kind: .stated,
        derivation: LocalizedText(
          ru:
            "«1 раз в квартал, ежегодно» понимается как 4 раза в год; программа называет свои целевые школы «функционирующих в неблагоприятных социальных условиях» (её цель охватывает ШНОР и ШНСУ), что понимается как каждая идентифицированная школа; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "«1 раз в квартал, ежегодно» read as 4 times a year; the programme calls its target schools «функционирующих в неблагоприятных социальных условиях» (its goal covers ШНОР and ШНСУ), read as every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L905–931"),
    SupportMeasure(
      id: "amur.monitoring_summary_and_best_schools",
      title: LocalizedText(
        ru:
          "Организовать подведение итогов мониторинга и отбор школ муниципалитета, показавших лучшие результаты по итогам реализации программ поддержки. Корректировка программ перехода в эффективный режим работы",
        en:
          "Summing up the monitoring and selecting the municipality's schools with the best results under the support programmes; correcting the programmes for moving into effective mode"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead],
      schedule: .month(.august),
      timingQuote: "Август, ежегодно",
      expectedResult: LocalizedText(
        ru: "Список школ, показавших лучшие результаты по итогам реализации программ поддержки.",
        en: "A list of the schools with the best results under the support programmes."),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "лучшие результаты по итогам реализации программ поддержки.", kind: .stated,
        derivation: LocalizedText(
          ru:
            "относится к идентифицированным школам: по каждой поддерживаемой школе подводятся итоги продвижения и корректируется её программа; остальные строки записи разорваны переносами; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "applies to identified schools: each supported school's progress is summed up and its programme corrected; the row's other lines are hyphen-split; «ОО» as responsible mapped to school_head"
        )),
      lines: "L933–965"),
    SupportMeasure(
      id: "amur.interschool_partnership",
      title: LocalizedText(
        ru:
          "Организовать межшкольное партнерство, сетевое взаимодействие школ, функционирующих в неблагоприятных социальных условиях со школами, демонстрирующими высокие образовательные результаты",
        en:
          "Inter-school partnership: network cooperation between schools in unfavourable social conditions and schools with high results, with forms and content worked out together"
      ),
      categories: [.partnershipNetwork],
      level: .school,
      responsible: [.schoolHead],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Сетевые сообщества руководителей ОО и педагогов",
        en: "Network communities of school heads and teachers"),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "2.3 Организовать межшкольное партнерство, сетевое взаимодействие школ,",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "программа называет свои целевые школы «функционирующих в неблагоприятных социальных условиях» (её цель охватывает ШНОР и ШНСУ), что понимается как каждая идентифицированная школа; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "the programme calls its target schools «функционирующих в неблагоприятных социальных условиях» (its goal covers ШНОР and ШНСУ), read as every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L967–997"),
    SupportMeasure(
      id: "amur.parents_and_community_work",
      title: LocalizedText(
        ru:
          "Оказать помощь школам во внедрении эффективных форм работы с родителями и местным сообществом, оказать школам консультации, организовать обмен опытом. Включить эффективные формы взаимодействия с родителями в программу перехода школ в эффективный режим работы",
        en:
          "Helping schools introduce effective ways of working with parents and the local community (consultations, exchange of experience) and include them in their programmes for moving into effective mode"
      ),
      categories: [.studentsParents, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Практики перехода школ в эффективный режим работы не менее 2-х школ",
        en: "Practices of at least 2 schools moving into effective mode"),
      target: MeasureTarget(
        text: LocalizedText(ru: "не менее 2-х школ", en: "at least 2 schools"), value: 2,
        unit: .count, comparison: .atLeast),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Оказать помощь школам во внедрении эффективных форм работы с родителями и местным сообществом, оказать школам консультации, организовать обмен",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "помощь школам и их программам перехода в эффективный режим работы понимается как помощь каждой идентифицированной школе; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "help to schools and their programmes for moving into effective mode read as for every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L999–1035"),
    SupportMeasure(
      id: "amur.teacher_learning_teams",
      title: LocalizedText(
        ru:
          "Провести обучающие семинары и последующие консультирование школ по организации команд обучающихся учителей (КОУЧей), применению современных педагогических технологий. Организовать в школе работу команд обучающихся учителей (КОУЧей)",
        en:
          "Training seminars and follow-up consultations for schools on teacher learning teams (КОУЧ) and modern teaching methods; in each school, running the teams, naming their leaders and approving their methodical themes and work plan"
      ),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .month(.september),
      timingQuote: "Сентябрь, ежегодно",
      expectedResult: LocalizedText(ru: "Проведение 2-х семинаров", en: "2 seminars held"),
      target: MeasureTarget(
        text: LocalizedText(ru: "Проведение 2-х семинаров", en: "2 seminars held"), value: 2,
        unit: .events, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "команд обучающихся учителей (КОУЧей), применению современных", kind: .stated,
        derivation: LocalizedText(
          ru:
            "семинары для школ и команды, создаваемые в каждой школе, понимаются как относящиеся к каждой идентифицированной школе; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "seminars for schools and teams set up in each school read as for every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L1037–1079"),
    SupportMeasure(
      id: "amur.gifted_children",
      title: LocalizedText(
        ru: "Оказать школам помощь по организации работы с одаренными детьми",
        en: "Helping schools organise work with gifted children"),
      categories: [.studentsParents],
      level: .school,
      responsible: [.schoolHead],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Организована работа «Школьного научного общества»",
        en: "A «school science society» is running"),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "2.6 Оказать школам помощь по организации работы с одаренными детьми", kind: .stated,
        derivation: LocalizedText(
          ru:
            "программа называет свои целевые школы «функционирующих в неблагоприятных социальных условиях» (её цель охватывает ШНОР и ШНСУ), что понимается как каждая идентифицированная школа; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "the programme calls its target schools «функционирующих в неблагоприятных социальных условиях» (its goal covers ШНОР and ШНСУ), read as every identified school; «ОО» as responsible mapped to school_head"
        )),
      lines: "L1081–1097"),
    SupportMeasure(
      id: "amur.school_mediation_services",
      title: LocalizedText(
        ru: "Организация деятельности служб школьной медиации",
        en: "Running school mediation services"),
      categories: [.studentsParents],
      level: .school,
      responsible: [.schoolHead],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Созданы службы школьной медиации", en: "School mediation services are set up"),
      condition: .identified,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "2.7 Организация деятельности служб школь-", kind: .stated,
        derivation: LocalizedText(
          ru:
            "программа называет свои целевые школы «функционирующих в неблагоприятных социальных условиях» (её цель охватывает ШНОР и ШНСУ), что понимается как каждая идентифицированная школа; запись разорвана переносом после первой строки, поэтому цитата обрывается на переносе; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "the programme calls its target schools «функционирующих в неблагоприятных социальных условиях» (its goal covers ШНОР and ШНСУ), read as every identified school; the row is hyphen-split after its first line, so the quote ends at the split; «ОО» as responsible mapped to school_head"
        )),
      lines: "L1099–1111"),
    SupportMeasure(
      id: "amur.e_learning_conditions",
      title: LocalizedText(
        ru: "Создание условий по внедрению электронного обучения и дистанционных технологий",
        en: "Creating the conditions for e-learning and distance technologies"),
      categories: [.staffingInfrastructure, .financeResources],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru:
          "Внедрены образовательные программы с применением электронного обучения и дистанционных образовательных технологий",
        en: "Educational programmes using e-learning and distance technologies are in place"),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "2.8 Создание условий по внедрению элек-", kind: .stated,
        derivation: LocalizedText(
          ru:
            "ожидаемый результат в исходном тексте обрывается после «дистанционных образовательных»; слово «технологий» восстановлено; запись разорвана переносами, поэтому цитата обрывается на переносе",
          en:
            "the seed's expected result breaks off after «дистанционных образовательных»; «технологий» restored; the row is hyphen-split, so the quote ends at the split"
        )),
      lines: "L1113–1135"),
    SupportMeasure(
      id: "amur.additional_education_projects",
      title: LocalizedText(
        ru:
          "Поддержка проектов взаимодействия школ с низкими образовательными результатами с учреждениями дополнительного образования детей, культуры, спорта",
        en:
          "Supporting joint projects between schools with low results and institutions of additional education, culture and sport"
      ),
      categories: [.partnershipNetwork, .studentsParents],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Снижена доля обучающихся не охваченных дополнительным образованием",
        en: "The share of students not in additional education is lower"),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section:
          "Мероприятия Программы — II. Реализация программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        quote: "2.9 Поддержка проектов взаимодействия школ с низкими образовательными",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "в строке названы школы с низкими результатами, поэтому ШНОР; снижение не выражено числом, поэтому целевое значение не задано",
          en:
            "the row names schools with low results, hence ШНОР; the decrease has no number, so no target"
        )),
      lines: "L1137–1159"),
    SupportMeasure(
      id: "amur.best_practice_bank_submissions",
      title: LocalizedText(
        ru:
          "Организовать представление школами, показавшими максимальное и стабильное улучшение учебных результатов, материалов в банк лучших практик. Описать лучшие практики педагогов школы по улучшению учебных результатов учащихся, направить их в банк лучших практик",
        en:
          "Schools whose results improved most and most steadily submit materials to the best-practice bank; their teachers' best practices are described and sent to the bank"
      ),
      categories: [.information],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Создание Банка лучших практик", en: "The best-practice bank is created"),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section: "Мероприятия Программы — III. Расширение охвата и трансляция опыта",
        quote:
          "материалов в банк лучших практик. Описать лучшие практики педагогов школы по улучшению учебных",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "в исходном тексте внутри первого предложения стоит точка («результатов. материалов»), в названии исправлено; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "the seed prints a full stop inside the first sentence («результатов. материалов»), mended in the title; «ОО» as responsible mapped to school_head"
        )),
      lines: "L1163–1191"),
    SupportMeasure(
      id: "amur.media_publications",
      title: LocalizedText(
        ru: "Обеспечить информационную открытость в течение реализации мероприятий Программы в СМИ",
        en: "Keeping the programme's activities open to the public through the media"),
      categories: [.information],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .continuous(),
      timingQuote: "В течение всего периода",
      expectedResult: LocalizedText(
        ru: "Размещение не менее 2-х публикаций в год", en: "At least 2 publications a year"),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "не менее 2-х публикаций в год", en: "at least 2 publications a year"), value: 2,
        unit: .count, comparison: .atLeast),
      condition: .programme,
      provenance: Provenance(
        source: "002_b8ad0e30ae99d723.txt",
        section: "Мероприятия Программы — III. Расширение охвата и трансляция опыта",
        quote: "3.2 Обеспечить информационную откры-", kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR «МУ МЦ»» понимается как МУ «МЦ»; запись разорвана переносом после первой строки, поэтому цитата обрывается на переносе; «ОО» в качестве ответственного сопоставлено с ролью school_head",
          en:
            "OCR «МУ МЦ»» read as МУ «МЦ»; the row is hyphen-split after its first line, so the quote ends at the split; «ОО» as responsible mapped to school_head"
        )),
      lines: "L1193–1211"),
  ]
}
