import QualityKit

extension Krasnodar {
  /// Должностное лицо (должность в документе не указана).
  static let officialRoleNotStatedRole = ResponsibleRole(
    id: "official_role_not_stated",
    title: LocalizedText(
      ru: "Должностное лицо (должность в документе не указана)",
      en: "Official (position not stated in the document)"))

  /// Координационный совет сети образовательных организаций.
  static let coordinationCouncilRole = ResponsibleRole(
    id: "coordination_council",
    title: LocalizedText(
      ru: "Координационный совет сети образовательных организаций",
      en: "Coordination Council of the school network"))

  /// Координатор сетевого взаимодействия.
  static let networkCoordinatorRole = ResponsibleRole(
    id: "network_coordinator",
    title: LocalizedText(
      ru: "Координатор сетевого взаимодействия", en: "Network-interaction coordinator"))

  /// The support measures of seed 004 (Тбилисский район): every row of the plan of measures, in document
  /// order, with a verbatim quote; schedules, conditions and roles read as each measure's
  /// provenance says.
  public static let measures: [SupportMeasure] = [
    SupportMeasure(
      id: "krasnodar.support_programme_development",
      title: LocalizedText(
        ru: "Разработка муниципальной программы поддержки ШНОР и разработка дорожной карты",
        en:
          "Development of the municipal support programme for low-results schools (ШНОР) and of the roadmap"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .once(from: .first(of: .september, 2021), to: .last(of: .september, 2021)),
      timingQuote: "сентябрь 2021",
      expectedResult: LocalizedText(
        ru: "Разработан комплексный план совместной деятельности учреждений ШНОР",
        en: "A comprehensive plan of the joint activity of the ШНОР institutions has been developed"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.1",
        quote: "Разработка муниципальной программы поддержки ШНОР и разработка дорожной карты",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ответственный: директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service.",
          en:
            "Responsible: director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service."
        )),
      lines: "L469–492"),
    SupportMeasure(
      id: "krasnodar.targeted_support_participation",
      title: LocalizedText(
        ru: "Участие ШНОР в муниципальной программе адресной поддержки",
        en: "Participation of ШНОР in the municipal targeted-support programme"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.methodicalService, .schoolHead],
      schedule: .continuous(from: .first(of: .september, 2021)),
      timingQuote: "постоянно, начиная с сентября 2021",
      expectedResult: LocalizedText(
        ru: "Учреждения ШНОР (100%) активно участвуют в муниципальной программе адресной поддержки",
        en:
          "ШНОР institutions (100%) take an active part in the municipal targeted-support programme"
      ),
      target: MeasureTarget(
        text: LocalizedText(ru: "Учреждения ШНОР (100%)", en: "ШНОР institutions (100%)"),
        value: 100, unit: .percent, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.2",
        quote: "Участие ШНОР в муниципальной программе адресной поддержки", kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ответственные: директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service; руководители ОО → school_head; «ШНОР» плана — целевые школы программы, поэтому каждая идентифицированная школа.",
          en:
            "Responsible: director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service; руководители ОО → school_head; the plan's «ШНОР» are the programme's target schools, so every identified school."
        )),
      lines: "L494–524"),
    SupportMeasure(
      id: "krasnodar.municipal_tutor_team",
      title: LocalizedText(
        ru: "Создание муниципальной тьюторской команды (МТК) по работе с ШНОР",
        en: "Creation of the municipal tutor team (МТК) to work with ШНОР"),
      categories: [.staffingInfrastructure, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .once(from: .first(of: .november, 2021), to: .last(of: .november, 2021)),
      timingQuote: "ноябрь 2021",
      expectedResult: LocalizedText(
        ru:
          "Составлены и утверждены планы работы тьюторов МТК. Осуществлены адресное сопровождение ШНОР в проектировании и работе, мониторингу деятельности, планировании мероприятий по взаимообмену практикой, навигации педагогов в пространстве ДПО (100%)",
        en:
          "Work plans of the МТК tutors drawn up and approved; targeted support of ШНОР provided in design and work, activity monitoring, planning of practice exchange and teachers' navigation in further professional education (100%)"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "адресное сопровождение ШНОР … (100%)", en: "targeted support of ШНОР (100%)"),
        value: 100, unit: .percent, comparison: .equal),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.3",
        quote: "Создание муниципальной тьюторской команды (МТК) по работе с ШНОР", kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ответственный: директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service; структура уровня программы, поэтому относится к программе в целом.",
          en:
            "Responsible: director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service; a programme-level structure, so applies to the programme."
        )),
      lines: "L526–560"),
    SupportMeasure(
      id: "krasnodar.professional_learning_community",
      title: LocalizedText(
        ru:
          "Организация в муниципалитете сетевого взаимодействия образовательных и иных организаций с разным уровнем качества результатов обучения в профессиональном обучающемся сообществе (ПОС)",
        en:
          "Organising in the municipality the network interaction of educational and other organisations with different levels of learning results in a professional learning community (ПОС)"
      ),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead],
      schedule: .continuous(from: .first(of: .january, 2022)),
      timingQuote: "постоянно, начиная с января 2022 г.",
      expectedResult: LocalizedText(
        ru:
          "Создано профессиональное обучающееся сообщество ШНОР из представителей членов Программы. Освоены механизмы коллективного проектирования мер по повышению качества результатов обучения",
        en:
          "A professional learning community of ШНОР has been created from representatives of the Programme's members; mechanisms for designing measures to raise learning results collectively have been mastered"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.4",
        quote:
          "Организация в муниципалитете сетевого взаимодействия образовательных и иных организаций с разным уровнем качества результатов обучения",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ответственные: куратор программы, главный специалист управления образования → education_department; руководители ОО → school_head.",
          en:
            "Responsible: the programme curator, chief specialist of the education department → education_department; руководители ОО → school_head."
        )),
      lines: "L562–614"),
    SupportMeasure(
      id: "krasnodar.support_school_partnership",
      title: LocalizedText(
        ru:
          "Оформление партнёрства со школами, оказывающими методическую и организационную поддержку ШНОР",
        en:
          "Formalising partnership with schools that give ШНОР methodical and organisational support"
      ),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .asScheduled,
      timingQuote: "по договору",
      expectedResult: LocalizedText(
        ru:
          "Задействованы методические ресурсы по повышению качества результатов обучения; Созданы условия для профессионального партнерства школ по взаимообмену успешными практиками улучшения образовательных результатов",
        en:
          "Methodical resources for raising learning results are drawn in; conditions are created for schools' professional partnership in exchanging successful practices of improving results"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.5",
        quote:
          "Оформление партнѐрства со школами, оказывающими методическую и организационную поддержку ШНОР",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«по договору» → as_scheduled; ответственные: куратор программы, главный специалист управления образования → education_department, директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service; партнёрство для каждой идентифицированной школы (ср. подбор партнёров).",
          en:
            "«по договору» → as_scheduled; responsible: the programme curator, chief specialist of the education department → education_department, director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service; a partnership for each identified school (cf. partner matching)."
        )),
      lines: "L616–657"),
    SupportMeasure(
      id: "krasnodar.additional_education_partnership",
      title: LocalizedText(
        ru:
          "Оформление сетевого партнёрства с учреждениями дополнительного образования по сотрудничеству с ШНОР",
        en:
          "Formalising network partnership with institutions of additional education for cooperation with ШНОР"
      ),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .continuous(from: .first(of: .september, 2021)),
      timingQuote: "постоянно, с сентября 2021",
      expectedResult: LocalizedText(
        ru:
          "Расширен спектр привлекаемых образовательных программ и ресурсов центров дополнительного образования, ССУЗов и ВУЗов на 10% (в дополнении к имеющимся)",
        en:
          "The range of educational programmes and resources of additional-education centres, colleges and universities drawn in has been widened by 10% (on top of the existing ones)"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "на 10% (в дополнении к имеющимся)", en: "by 10% (on top of the existing ones)"),
        value: 10, unit: .percent, comparison: .atLeast),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.6",
        quote:
          "Оформление сетевого партнѐрства с учреждениями дополнительного образования по сотрудничеству с ШНОР",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ответственный: куратор программы, главный специалист управления образования → education_department; «расширен … на 10%» понимается как не менее чем на 10% (характер сравнения не указан).",
          en:
            "Responsible: the programme curator, chief specialist of the education department → education_department; «расширен … на 10%» read as at least 10% (comparison not stated)."
        )),
      lines: "L658–696"),
    SupportMeasure(
      id: "krasnodar.consulting_support",
      title: LocalizedText(
        ru:
          "Организация консультационного сопровождения деятельности ШНРО и ШНСУ по вопросам реализации программы перехода школ в эффективный режим функционирования и программ повышения качества образования",
        en:
          "Organising consulting support of ШНРО and ШНСУ in implementing the programme for moving schools into effective operation and the programmes for raising the quality of education"
      ),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .curator],
      schedule: .continuous(),
      timingQuote: "постоянно",
      expectedResult: LocalizedText(
        ru:
          "Сформирована эффективная консультационная служба, обеспечивающая поддержку руководителей и педагогов ШНСУ и ШНСУ в области повышения качеств образования",
        en:
          "An effective consulting service has been formed that supports heads and teachers of «ШНСУ и ШНСУ» [sic] in raising the quality of education"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.7",
        quote:
          "Организация консультационного сопровождения деятельности ШНРО и ШНСУ по вопросам реализации программы перехода школ в эффективный режим функционирования",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "В результате сохранены «ШНСУ и ШНСУ» [sic, опечатка вместо ШНРО и ШНСУ] и «качеств», как в исходном тексте; ответственные: директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service, его методисты → methodical_service, тьюторы → curator.",
          en:
            "Result keeps «ШНСУ и ШНСУ» [sic, typo for ШНРО и ШНСУ] and «качеств» as in the seed; responsible: director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service, its methodists → methodical_service, tutors → curator."
        )),
      lines: "L698–744"),
    SupportMeasure(
      id: "krasnodar.coordination_council_formation",
      title: LocalizedText(
        ru: "Формирование Координационного совета сети образовательных организаций",
        en: "Forming the Coordination Council of the network of educational organisations"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .month(.november),
      timingQuote: "ноябрь",
      expectedResult: LocalizedText(
        ru:
          "Создан Координационный совет сети образовательных организаций, который будет курировать вопросы сетевого взаимодействия на базе образовательных организаций",
        en:
          "A Coordination Council of the school network has been created to oversee network interaction based in the schools"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.8",
        quote: "Формирование Координационного совета сети образовательных организаций",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«ноябрь» указан без года [sic]: форма «месяц» по словарю сроков, хотя создание совета — единовременное действие; ответственный: директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service.",
          en:
            "«ноябрь» has no year [sic]: month form per the timing vocabulary although forming the council is a one-off act; responsible: director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service."
        )),
      lines: "L746–772"),
    SupportMeasure(
      id: "krasnodar.network_training_seminars",
      title: LocalizedText(
        ru:
          "Организация обучающих семинаров для заместителей директоров по УВР, тьюторов, педагогов",
        en:
          "Organising training seminars for deputy heads for teaching and learning, tutors and teachers"
      ),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [officialRoleNotStatedRole, .educationDepartment, .methodicalService],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Готовность заместителей директоров по УВР, тьюторов, педагогов, педагогов – психологов в реализации сетевого взаимодействия образовательных организаций",
        en:
          "Deputy heads for teaching and learning, tutors, teachers and educational psychologists are ready to implement the network interaction of schools"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 1. Управленческий модуль, п. 1.9",
        quote:
          "Организация обучающих семинаров для заместителей директоров по УВР, тьюторов, педагогов",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ответственные: должностное лицо, должность которого в документе не указана → official_role_not_stated; куратор программы, главный специалист управления образования → education_department; директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service.",
          en:
            "Responsible: an official whose position the document does not state → official_role_not_stated; the programme curator, chief specialist of the education department → education_department; director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service."
        )),
      lines: "L774–810"),
    SupportMeasure(
      id: "krasnodar.development_programmes_analysis",
      title: LocalizedText(
        ru:
          "Проведение анализа программ развития ОО, школьных управленческих проектов по повышению эффективности управления качеством образования на муниципальном уровне, использования модуля МСОКО, учебных планов и рабочих программ педагогов",
        en:
          "Analysis of school development programmes, school management projects for more effective quality management at the municipal level, use of the МСОКО module, curricula and teachers' work programmes"
      ),
      categories: [.monitoring, .normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, officialRoleNotStatedRole, .methodicalService],
      schedule: .months(from: .september, to: .november),
      timingQuote: "сентябрь- ноябрь",
      expectedResult: LocalizedText(
        ru:
          "Разработаны управленческие проекты по повышению эффективности управления качеством образования на муниципальном уровне, выработаны нормативно-правовые акты, стратегии перехода ОО в режим развития. Внесены изменения в Программы развития ОО, рабочие программы педагогов, направленные на повышение уровня результативности школьных достижений детей и обеспечение качества преподавания (100%), участники проекта используют модуль МСОКО с целью определения развития динамики по работе с проблемными компонентами",
        en:
          "Management projects for more effective municipal quality management developed, legal acts and strategies for moving schools into development mode drafted; changes made to school development programmes and teachers' work programmes aimed at better results and teaching quality (100%); participants use the МСОКО module to track progress on problem components"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "Внесены изменения в Программы развития ОО, рабочие программы педагогов … (100%)",
          en: "changes made to school development programmes and teachers' work programmes (100%)"),
        value: 100, unit: .percent, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.1",
        quote:
          "Проведение анализа программ развития ОО, школьных управленческих проектов по повышению эффективности управления качеством образования на муниципальном уровне",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Год не указан [sic] → ежегодно в сентябре–ноябре; ответственные: куратор программы, главный специалист управления образования → education_department; должностное лицо, должность которого в документе не указана → official_role_not_stated; директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service; относится к идентифицированным школам (анализируются их программы).",
          en:
            "No year [sic] → every September–November; responsible: the programme curator, chief specialist of the education department → education_department; an official whose position the document does not state → official_role_not_stated; director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service; applies to identified schools (their programmes are analysed)."
        )),
      lines: "L813–899"),
    SupportMeasure(
      id: "krasnodar.comparative_studies_monitoring",
      title: LocalizedText(
        ru:
          "Мониторинг участия в региональных, российских и международных сопоставительных исследованиях образовательных достижений школьников начального, основного, среднего общего образования (ВПР, НИКО, РСОКО) и анализ результатов",
        en:
          "Monitoring of participation in regional, national and international comparative studies of primary, basic and secondary students' achievement (ВПР, НИКО, РСОКО) and analysis of the results"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, officialRoleNotStatedRole, .methodicalService],
      schedule: .asScheduled,
      timingQuote: "по графику",
      expectedResult: LocalizedText(
        ru:
          "Обеспечено функционирование муниципальной системы оценки качества образования как инструмента улучшения качества образования в ШНОР, определение социального партнерства",
        en:
          "The municipal quality-assessment system works as a tool for improving quality in ШНОР; social partnership is determined"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.2",
        quote:
          "Мониторинг участия в региональных, российских и международных сопоставительных исследованиях образовательных достижений школьников",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«по графику» → as_scheduled; ответственные: куратор программы, главный специалист управления образования → education_department; должностное лицо, должность которого в документе не указана → official_role_not_stated; директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service.",
          en:
            "«по графику» → as_scheduled; responsible: the programme curator, chief specialist of the education department → education_department; an official whose position the document does not state → official_role_not_stated; director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service."
        )),
      lines: "L901–953"),
    SupportMeasure(
      id: "krasnodar.results_task_analysis",
      title: LocalizedText(
        ru: "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам",
        en: "Results monitoring: analysis of ВПР, ОГЭ and ЕГЭ task performance by subject"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, officialRoleNotStatedRole, .methodicalService],
      schedule: .asScheduled,
      timingQuote: "по графику",
      expectedResult: LocalizedText(
        ru:
          "Составлены программы мониторинга в ШНОР (100%); Подготовлены аналитические материалы для определения продвижения ШНОР (100%)",
        en:
          "Monitoring programmes drawn up in ШНОР (100%); analytical materials prepared to determine ШНОР progress (100%)"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "Составлены программы мониторинга в ШНОР (100%)",
          en: "monitoring programmes drawn up in ШНОР (100%)"), value: 100, unit: .percent,
        comparison: .equal),
      condition: .criteria([
        "krasnodar.ege_below_references", "krasnodar.oge_below_references",
        "krasnodar.vpr_below_references",
      ]),
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.3",
        quote:
          "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Трактовка библиотеки: анализ заданий отвечает на выявленные в пакете проблемы по ЕГЭ/ОГЭ/ВПР (выведено из этого мероприятия; каждая ШНОР подпадает под одну из них); ответственные: куратор программы, главный специалист управления образования → education_department; должностное лицо, должность которого в документе не указана → official_role_not_stated; директор МКУ «МЦ СДПО» (ответственный исполнитель программы) → methodical_service.",
          en:
            "Library's reading: the task analysis answers the pack's ЕГЭ/ОГЭ/ВПР findings (derived from this measure; every ШНОР meets one); responsible: the programme curator, chief specialist of the education department → education_department; an official whose position the document does not state → official_role_not_stated; director of МКУ «МЦ СДПО» (the programme's responsible executor) → methodical_service."
        )),
      lines: "L955–989"),
    SupportMeasure(
      id: "krasnodar.material_base_analysis",
      title: LocalizedText(
        ru:
          "Анализ эффективности использования материально-технической базы образовательных организаций",
        en: "Analysis of how effectively schools use their material and technical base"),
      categories: [.monitoring, .financeResources],
      level: .municipal,
      responsible: [officialRoleNotStatedRole],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Составлена «дорожная карта» по оптимизации ресурсного обеспечения школ для качественной организации образовательного процесса (100%)",
        en:
          "A roadmap for optimising schools' resource provision for a good-quality educational process has been drawn up (100%)"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "Составлена «дорожная карта» … (100%)",
          en: "a resource-provision roadmap drawn up (100%)"), value: 100, unit: .percent,
        comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.4",
        quote:
          "Составлена «дорожная карта» по оптимизации ресурсного обеспечения школ для качественной организации образовательного процесса",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Цитата из ячейки результата (название разорвано переносами); ответственный: должностное лицо, должность которого в документе не указана → official_role_not_stated; идентифицированные школы согласно задаче 4 («ресурсного обеспечения школ, имеющих стабильно низкие результаты»).",
          en:
            "Quote from the result cell (the title is hyphen-split across lines); responsible: an official whose position the document does not state → official_role_not_stated; identified schools per task 4 («ресурсного обеспечения школ, имеющих стабильно низкие результаты»)."
        )),
      lines: "L990–1021"),
    SupportMeasure(
      id: "krasnodar.network_local_acts",
      title: LocalizedText(
        ru:
          "Разработка локальных актов, которые в дальнейшем будут регламентировать сетевое взаимодействие образовательных организаций в рамках обеспечения формирования и реализации индивидуального образовательного маршрута обучающегося",
        en:
          "Drafting local acts that will regulate schools' network interaction for forming and implementing students' individual learning routes"
      ),
      categories: [.normativeOrganisational, .partnershipNetwork],
      level: .school,
      responsible: [.schoolHead],
      schedule: .asScheduled,
      timingQuote: "по графику",
      expectedResult: LocalizedText(
        ru:
          "Образовательные организации, входящие в сетевое взаимодействие, организуют свою деятельность, реализуя общеобразовательные программы, программы дополнительного образования, программы внеурочной деятельности, а также программы профориентационной работы",
        en:
          "Schools in the network organise their work by delivering general-education, additional-education, extracurricular and career-guidance programmes"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.5",
        quote:
          "Разработка локальных актов, которые в дальнейшем будут регламентировать сетевое взаимодействие образовательных организаций в рамках обеспечения формирования и реализации индивидуального образовательного маршрута обучающегося",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Локальные акты каждой школы сети (руководители ОО → school_head); ячейка результата продолжается датированным годовым циклом, оформленным как три следующих мероприятия; идентифицированные школы (школы-партнёры также участвуют).",
          en:
            "Each network school's acts (руководители ОО → school_head); its result cell goes on with the dated annual cycle, encoded as the next three measures; identified schools (partner schools take part too)."
        )),
      lines: "L1023–1079"),
    SupportMeasure(
      id: "krasnodar.iom_informing_diagnostics",
      title: LocalizedText(
        ru:
          "Сетевые партнеры организуют информирование обучающихся (начиная с 5 класса) и их родителей (законных представителей) о реализуемых образовательных сетевых программах, ведут диагностическую работу по выявлению обучающихся, которым в первую очередь необходимо формирование индивидуального образовательного маршрута",
        en:
          "The partner schools of the network inform students (from grade 5) and their parents about the network programmes and run diagnostics to find the students who need an individual learning route first"
      ),
      categories: [.studentsParents, .monitoring, .information],
      level: .school,
      responsible: [.schoolHead],
      schedule: .deadline(month: .september, day: 10),
      timingQuote: "Ежегодно в срок до 10 сентября",
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.5",
        quote:
          "Ежегодно в срок до 10 сентября образовательные организации – сетевые партнеры организуют информирование обучающихся (начиная с 5 класса)",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Датированный шаг внутри ячейки результата пункта 2.5 (со своим сроком и исполнителем), выделенный в отдельное мероприятие; исполняющие школы («образовательные организации – сетевые партнеры») → school_head.",
          en:
            "A dated step inside the result cell of 2.5 (own deadline and actor), split out as a measure; the acting schools («образовательные организации – сетевые партнеры») → school_head."
        )),
      lines: "L1081–1113"),
    SupportMeasure(
      id: "krasnodar.coordination_council_review",
      title: LocalizedText(
        ru:
          "На заседании Координационного совета обсуждаются итоги проделанной работы, формируются сетевые программы, сетевое расписание занятий, индивидуальные образовательные маршруты",
        en:
          "The Coordination Council meets to discuss the results of that work; network programmes, the network timetable and individual learning routes are formed"
      ),
      categories: [.normativeOrganisational, .partnershipNetwork],
      level: .municipal,
      responsible: [coordinationCouncilRole],
      schedule: .deadline(month: .september, day: 15),
      timingQuote: "не позднее 15 сентября",
      expectedResult: LocalizedText(
        ru:
          "формируются сетевые программы, сетевое расписание занятий, индивидуальные образовательные маршруты",
        en: "Network programmes, the network timetable and individual learning routes are formed"),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.5",
        quote:
          "не позднее 15 сентября, на заседании Координационного совета обсуждаются итоги проделанной работы",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Датированный шаг внутри ячейки результата пункта 2.5, выделенный в отдельное мероприятие; ежегодно — по слову «Ежегодно», открывающему цикл.",
          en:
            "A dated step inside the result cell of 2.5, split out as a measure; annual by the «Ежегодно» that opens the cycle."
        )),
      lines: "L1115–1137"),
    SupportMeasure(
      id: "krasnodar.network_informing",
      title: LocalizedText(
        ru:
          "Сетевые партнеры, в лице координаторов сетевого взаимодействия, организуют информирование обучающихся",
        en:
          "The partner schools of the network, through their network coordinators, inform the students (the sentence breaks off in the source)"
      ),
      categories: [.studentsParents, .information],
      level: .school,
      responsible: [networkCoordinatorRole],
      schedule: .deadline(month: .september, day: 20),
      timingQuote: "В срок до 20 сентября",
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.5",
        quote:
          "В срок до 20 сентября образовательные организации – сетевые партнеры, в лице координаторов сетевого взаимодействия, организуют информирование обучающихся",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Датированный шаг внутри ячейки результата пункта 2.5, выделенный отдельно; текст обрывается после «обучающихся и их» [sic, пункт 2.5 усечён], поэтому предмет информирования не указан; ежегодно.",
          en:
            "A dated step inside the result cell of 2.5, split out; the text breaks off after «обучающихся и их» [sic, 2.5 truncated], so what is announced is not stated; annual."
        )),
      lines: "L1139–1153"),
    SupportMeasure(
      id: "krasnodar.school_network_working_group",
      title: LocalizedText(
        ru: "Создание рабочей группы на базе каждой ОО – участницы сетевого взаимодействия",
        en: "Setting up a working group in each school taking part in the network"),
      categories: [.normativeOrganisational, .staffingInfrastructure],
      level: .school,
      responsible: [.schoolHead],
      schedule: .months(from: .september, to: .october),
      timingQuote: "сентябрь- октябрь",
      expectedResult: LocalizedText(
        ru:
          "В каждой образовательной организации формируется рабочая группа (заместитель директора по УВР, который будут курировать вопросы сетевого взаимодействия на базе образовательной организации – участницы сетевого взаимодействия; определение тьютора и педагогов, которые будут реализовывать сетевые программы учебных курсов, предметов, внеурочной деятельности)",
        en:
          "Each school forms a working group (the deputy head for teaching and learning, who will oversee network interaction in the school; a tutor and the teachers who will deliver network programmes of courses, subjects and extracurricular activities)"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.6",
        quote: "Создание рабочей группы на базе каждой ОО – участницы сетевого взаимодействия",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Год не указан [sic] → ежегодно в сентябре–октябре; «который будут» [sic] сохранено; идентифицированные школы (школы-партнёры также участвуют).",
          en:
            "No year [sic] → every September–October; «который будут» [sic] kept; identified schools (partner schools take part too)."
        )),
      lines: "L1154–1199"),
    SupportMeasure(
      id: "krasnodar.network_planning",
      title: LocalizedText(
        ru:
          "Планирование работы по реализации сетевого взаимодействия в рамках формирования и реализации индивидуального образовательного маршрута обучающихся",
        en:
          "Planning the work on network interaction for forming and implementing students' individual learning routes"
      ),
      categories: [.normativeOrganisational, .partnershipNetwork],
      level: .municipal,
      responsible: [coordinationCouncilRole],
      schedule: .months(from: .may, to: .june),
      timingQuote: "май - июнь",
      expectedResult: LocalizedText(
        ru: "План работы по реализации сетевого взаимодействия",
        en: "A work plan for network interaction"),
      condition: .programme,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.7",
        quote:
          "Планирование работы по реализации сетевого взаимодействия в рамках формирования и реализации индивидуального образовательного маршрута обучающихся",
        kind: .stated,
        derivation: LocalizedText(
          ru: "Год не указан [sic] → ежегодно в мае–июне.", en: "No year [sic] → every May–June.")),
      lines: "L1201–1228"),
    SupportMeasure(
      id: "krasnodar.needs_diagnostics",
      title: LocalizedText(
        ru:
          "Проведение диагностических исследований, направленных на изучение образовательных потребностей и возможностей обучающихся",
        en: "Diagnostic studies of students' educational needs and abilities"),
      categories: [.monitoring, .studentsParents],
      level: .school,
      responsible: [.schoolWorkingGroup],
      schedule: .months(from: .april, to: .may),
      timingQuote: "апрель-май",
      expectedResult: LocalizedText(
        ru:
          "Планирование сетевого взаимодействия на основе изученных образовательных потребностей обучающихся",
        en: "Network interaction is planned on the basis of the students' educational needs studied"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt", section: "4. План — 2. Организационный модуль, п. 2.8",
        quote:
          "Проведение диагностических исследований, направленных на изучение образовательных потребностей и возможностей обучающихся",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Год не указан [sic] → ежегодно в апреле–мае; идентифицированные школы (школы-партнёры также участвуют).",
          en: "No year [sic] → every April–May; identified schools (partner schools take part too)."
        )),
      lines: "L1230–1258"),
    SupportMeasure(
      id: "krasnodar.methodical_events",
      title: LocalizedText(
        ru:
          "Организация и проведение муниципальных методических событий, участие в региональных обучающих семинарах, вебинарах, практикумах, семинарах для директоров ОО с низкими результатами обучения, межшкольных семинарах для школьных команд и др",
        en:
          "Organising and holding municipal methodical events; taking part in regional training seminars, webinars and practicums, seminars for heads of low-results schools and inter-school seminars for school teams, etc."
      ),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .curator],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Функционирует модель тьюторской поддержки учителей (адресная методическая помощь по наиболее сложным проблемам методики преподавания предметов); Повышена предметная компетентность 50 % педагогов; Учителя владеют методиками сопровождения индивидуального маршрута учащегося (40%)",
        en:
          "A model of tutor support for teachers works (targeted methodical help on the hardest problems of subject teaching); subject competence raised for 50 % of teachers; teachers master methods of supporting a student's individual route (40%)"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "Повышена предметная компетентность 50 % педагогов",
          en: "subject competence raised for 50 % of teachers"), value: 50, unit: .percent,
        comparison: .atLeast),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.1",
        quote:
          "Организация и проведение муниципальных методических событий, участие в региональных обучающих семинарах, вебинарах, практикумах, семинарах для директоров ОО с низкими результатами обучения",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "ШНОР: помощь в преподавании предметов (трактовка библиотеки); второе целевое значение «(40%)» остаётся в ожидаемом результате; 50 % понимается как «не менее»; методисты → methodical_service, тьюторы → curator.",
          en:
            "ШНОР: subject-teaching help (library's reading); second target «(40%)» stays in expected_result; 50 % read as at least; methodists → methodical_service, tutors → curator."
        )),
      lines: "L1263–1327"),
    SupportMeasure(
      id: "krasnodar.internship_sites",
      title: LocalizedText(
        ru:
          "Выявление лучших управленческих и педагогических практик и организация муниципальных стажировочных площадок для педагогов и руководителей ШНОР",
        en:
          "Identifying the best management and teaching practices and organising municipal internship sites for teachers and heads of ШНОР"
      ),
      categories: [.professionalDevelopment, .partnershipNetwork],
      level: .municipal,
      responsible: [.methodicalService, .curator],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "100 % руководителей и 50 % педагогов ШНОР приняли участие в работе муниципальных стажировочных площадок",
        en:
          "100 % of heads and 50 % of teachers of ШНОР took part in the municipal internship sites"),
      target: MeasureTarget(
        text: LocalizedText(ru: "100 % руководителей … ШНОР", en: "100 % of the heads of ШНОР"),
        value: 100, unit: .percent, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.2",
        quote:
          "Выявление лучших управленческих и педагогических практик и организация муниципальных стажировочных площадок для педагогов и руководителей ШНОР",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Целевое значение: 100 % руководителей; 50 % учителей остаётся в ожидаемом результате; методисты → methodical_service, тьюторы → curator.",
          en:
            "Target: the heads' 100 %; the teachers' 50 % stays in expected_result; methodists → methodical_service, tutors → curator."
        )),
      lines: "L1329–1365"),
    SupportMeasure(
      id: "krasnodar.mentoring",
      title: LocalizedText(
        ru: "Организация наставничества: «учитель-учителю», «учитель-наставник-молодой специалист»",
        en: "Organising mentoring: «teacher to teacher», «mentor teacher – young specialist»"),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .curator],
      schedule: .continuous(),
      timingQuote: "постоянно",
      expectedResult: LocalizedText(
        ru: "Оказана конкретная методическая помощь 100% молодых специалистов",
        en: "Concrete methodical help given to 100% of young specialists"),
      target: MeasureTarget(
        text: LocalizedText(ru: "100% молодых специалистов", en: "100% of young specialists"),
        value: 100, unit: .percent, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.3",
        quote: "Оказана конкретная методическая помощь 100% молодых специалистов.", kind: .stated,
        derivation: LocalizedText(
          ru:
            "Цитата из ячейки результата (в названии «учитель-наставник-» разорвано переносом); уровень муниципальный: проводится методическим центром для школ (в каталоге указано S); директор, методисты → methodical_service, тьюторы → curator.",
          en:
            "Quote from the result cell (the title's «учитель-наставник-» is hyphen-split); level municipal: run by the methodical centre for schools (catalogue says S); director, methodists → methodical_service, tutors → curator."
        )),
      lines: "L1367–1393"),
    SupportMeasure(
      id: "krasnodar.lesson_observation_exchange",
      title: LocalizedText(
        ru:
          "Организация в школах регулярной практики обмена профессиональным опытом: взаимопосещение и анализ уроков учителями; посещение и анализ уроков школьной администрацией",
        en:
          "Organising in schools a regular practice of professional exchange: teachers visit and analyse each other's lessons; the school administration visits and analyses lessons"
      ),
      categories: [.methodicalSupport, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      timingQuote: "постоянно",
      expectedResult: LocalizedText(
        ru:
          "Выявлены проблемы в формировании функциональной грамотности учащихся, организовано взаимопосещение с последующим анализом; Выявлены и распространены лучшие практики подготовки к ГИА по предметам",
        en:
          "Problems in forming students' functional literacy identified and mutual visits with follow-up analysis organised; the best practices of subject preparation for ГИА identified and spread"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.4",
        quote:
          "Организация в школах регулярной практики обмена профессиональным опытом: взаимопосещение и анализ уроков учителями; посещение и анализ уроков школьной администрацией",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Уровень муниципальный: организуется методическим центром в школах (в каталоге указано S); директор, методисты → methodical_service.",
          en:
            "Level municipal: organised by the methodical centre in schools (catalogue says S); director, methodists → methodical_service."
        )),
      lines: "L1395–1447"),
    SupportMeasure(
      id: "krasnodar.methodical_day",
      title: LocalizedText(
        ru:
          "Единый методический день для школьных команд консультантами школ и педагогами-лидерами, выполняющими функцию сетевых консультантов",
        en:
          "A common methodical day for school teams with school consultants and leading teachers acting as network consultants"
      ),
      categories: [.methodicalSupport, .partnershipNetwork],
      level: .municipal,
      responsible: [coordinationCouncilRole],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru: "60% педагогов муниципальных команд ШНОР участвуют в методических днях и консультациях",
        en:
          "60% of the teachers of the municipal ШНОР teams take part in methodical days and consultations"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "60% педагогов муниципальных команд ШНОР",
          en: "60% of the teachers of the municipal ШНОР teams"), value: 60, unit: .percent,
        comparison: .atLeast),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.5",
        quote: "Единый методический день для школьных команд консультантами школ", kind: .stated,
        derivation: LocalizedText(
          ru: "60% понимается как «не менее» (характер сравнения не указан).",
          en: "60% read as at least (comparison not stated).")),
      lines: "L1448–1482"),
    SupportMeasure(
      id: "krasnodar.development_plan_recommendations",
      title: LocalizedText(
        ru:
          "Разработка по результатам посещений и анализа уроков рекомендаций по составлению индивидуальных планов профессионального развития для учителей школ, участников Программы",
        en:
          "Drafting, from lesson visits and analysis, recommendations on individual professional development plans for teachers of the Programme's schools"
      ),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Созданы внутри ОО условия для организации деятельности по развитию компетентности педагогов, повышению их профессионального мастерства; Составлены индивидуальные планы профессионального развития учителей школ, участников Программы 100%",
        en:
          "Conditions created inside schools for developing teachers' competence and professional skill; individual professional development plans drawn up for teachers of the Programme's schools, 100%"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru:
            "Составлены индивидуальные планы профессионального развития учителей школ, участников Программы 100%",
          en:
            "individual professional development plans for 100% of the Programme schools' teachers"),
        value: 100, unit: .percent, comparison: .equal),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.7",
        quote:
          "Разработка по результатам посещений и анализа уроков рекомендаций по составлению индивидуальных планов профессионального развития для учителей школ, участников Программы",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Пункт 3.6 в исходном тексте отсутствует [sic]; номер 3.7 по документу сохранён; методисты → methodical_service.",
          en:
            "Item 3.6 is absent in the seed [sic]; the document's number 3.7 is kept; methodists → methodical_service."
        )),
      lines: "L1484–1538"),
    SupportMeasure(
      id: "krasnodar.psychological_support",
      title: LocalizedText(
        ru:
          "Психолого-педагогическое сопровождение сетевого взаимодействия образовательных организаций в рамках формирования реализации индивидуального образовательного маршрута обучающихся",
        en:
          "Psychological and pedagogical support of schools' network interaction in forming and implementing students' individual learning routes"
      ),
      categories: [.studentsParents],
      level: .school,
      responsible: [.psychologist],
      schedule: .continuous(),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Создание социально-психологических условий для развития личности и успешного обучения обучающихся, с учётом их индивидуальных особенностей и особых образовательных потребностей, формирования личностных характеристик, отвечающих требованиям новых образовательных стандартов",
        en:
          "Social and psychological conditions are created for students' personal development and successful learning, taking into account their individual characteristics and special educational needs and forming personal qualities that meet the new educational standards"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "004_a21e3c7c7266135d.txt",
        section:
          "4. План — 3. Информационно-методический модуль (профессиональное развитие педагогических и административных команд), п. 3.8",
        quote:
          "сопровождение сетевого взаимодействия образовательных организаций в рамках формирования реализации индивидуального образовательного маршрута обучающихся",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Школьные психологи (Психологи ОО → psychologist); мероприятие связано с индивидуальными образовательными маршрутами, а не с ШНСУ, поэтому каждая идентифицированная школа; «формирования реализации» [sic]; результат обрезан после первого предложения.",
          en:
            "School psychologists (Психологи ОО → psychologist); tied to individual learning routes, not to ШНСУ, so every identified school; «формирования реализации» [sic]; result cut after its first sentence."
        )),
      lines: "L1540–1619"),
  ]
}
