import QualityKit

extension Khabarovsk {
  /// The support measures of seed 001 (г. Хабаровск): every row of the plan of measures, in document
  /// order, with a verbatim quote; schedules, conditions and roles read as each measure's
  /// provenance says.
  public static let measures: [SupportMeasure] = [
    SupportMeasure(
      id: "khabarovsk.municipal_working_group",
      title: LocalizedText(
        ru:
          "Формирование муниципальной рабочей группы по сопровождению деятельности ОО с низкими результатами обучения и школами, функционирующими в неблагоприятных социальных условиях. Назначить ответственных за мониторинг и профессиональное развитие педагогов и руководителей",
        en:
          "Forming a municipal working group to support schools with low learning results and schools in unfavourable social conditions; appointing those responsible for monitoring and for the professional development of teachers and heads"
      ),
      categories: [.normativeOrganisational, .monitoring],
      level: .municipal,
      responsible: [],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .october, 2020)),
      timingQuote: "Сентябрь - октябрь 2020",
      expectedResult: LocalizedText(
        ru:
          "Организация системы мониторинга, контроля и принятия управленческих решений по повышению эффективности деятельности школ, показывающих стабильно низкие результаты",
        en:
          "A system of monitoring, control and management decisions to make schools with consistently low results more effective"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Формирование муниципальной рабочей группы по сопровождению деятельности ОО с низкими результатами обучения и школами, функционирующими в",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Название и результат прочитаны с поправкой на OCR (неблагоприJIтньгх, ответственньгх, KoHTpoJUI, повыIцению, пок€вывzlющих); в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы); предложение строки, относящееся к уровню школы, выделено в следующее мероприятие.",
          en:
            "Title and result read through OCR (неблагоприJIтньгх, ответственньгх, KoHTpoJUI, повыIцению, пок€вывzlющих); the roadmap has no responsible column (programme executors: Управление образования, the schools); the row's school-level sentence is the next measure."
        )),
      lines: "L203–230"),
    SupportMeasure(
      id: "khabarovsk.school_management_teams",
      title: LocalizedText(
        ru:
          "Сформировать управленческие команды на уровне ОО, назначить ответственных за проведение углубленной диагностики, промежуточного и итогового мониторингов, за повышение квалификации и профессиональное развитие педагогов",
        en:
          "Forming management teams at school level and appointing those responsible for in-depth diagnostics, interim and final monitoring, and teachers' training and professional development"
      ),
      categories: [.normativeOrganisational, .staffingInfrastructure],
      level: .school,
      responsible: [],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .october, 2020)),
      timingQuote: "Сентябрь - октябрь 2020",
      expectedResult: LocalizedText(
        ru:
          "Организация системы мониторинга, контроля и принятия управленческих решений по повышению эффективности деятельности школ, показывающих стабильно низкие результаты",
        en:
          "A system of monitoring, control and management decisions to make schools with consistently low results more effective"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Сформировать управленческие команды на уровне ОО, назначить ответствецньгх за проведение углубленной диагЕостики,",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Предложение уровня школы из первой строки дорожной карты, выделенное в отдельное мероприятие (сроки и результат общие); OCR: ответствецньгх, диагЕостики, промех(утоIIного, повь lIение; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "School-level sentence of the first roadmap row, split out (shared timing and result); OCR: ответствецньгх, диагЕостики, промех(утоIIного, повь lIение; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L211–230"),
    SupportMeasure(
      id: "khabarovsk.initial_monitoring",
      title: LocalizedText(
        ru:
          "Проведение первичных мониторинговых исследований на муниципальном уровне и самообследований на уровне ОО в соответствии с критериями оценки эффективности работы школ",
        en:
          "Initial monitoring studies at municipal level and self-assessments at school level against the criteria of school effectiveness"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .october, 2020)),
      timingQuote: "Сентябрь - октябрь 2020",
      expectedResult: LocalizedText(
        ru:
          "Методические рекомендации, уточненный список мероприятий для школ, работающих в неблагоприятных социальных условиях и показывающих устойчиво низкие результаты",
        en:
          "Methodical recommendations; a refined list of measures for schools in unfavourable social conditions showing persistently low results"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Проведение первитIньD( мониторинговых исследований на муниципальном уровне и самообследоваяий на уровне ОО",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR: первитIньD( = первичных, самообследоваяий = самообследований, критериJ{ми = критериями; критерии не перечислены; самообследования школ отнесены к этой муниципальной строке; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "OCR: первитIньD( = первичных, самообследоваяий = самообследований, критериJ{ми = критериями; the criteria are not listed; school self-assessments belong to this municipal row; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L232–247"),
    SupportMeasure(
      id: "khabarovsk.programme_consulting",
      title: LocalizedText(
        ru:
          "Организация консультационно-методического обеспечения разработки и реализации программ (дорожных карт) ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты, по повышению результативности работы, оказание школам методической поддержки в разработке программ перехода школ в эффективный режим работы",
        en:
          "Consulting and methodical support for developing and implementing the programmes (roadmaps) of schools in unfavourable social conditions with low results; methodical help to schools in drafting programmes for moving into effective operation"
      ),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [],
      schedule: .continuous(),
      timingQuote: "в течение всего периода",
      expectedResult: LocalizedText(
        ru:
          "Помощь в реализации школьных дорожных карт (проектов), контроль за выполнением плановых мероприятий",
        en:
          "Help in implementing the schools' roadmaps (projects); control over the planned measures"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "методической поддержки в разработке программ перехода школ в эффективный режим работы.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«в течение всего периода» (период программы 2020–2023) оставлено без границ; OCR: реаJIизации, прогр,lмм (!орожньпс карт), школzlм; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "«в течение всего периода» (the programme period 2020–2023) left unbounded; OCR: реаJIизации, прогр,lмм (!орожньпс карт), школzlм; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L249–272"),
    SupportMeasure(
      id: "khabarovsk.school_environment_diagnostics",
      title: LocalizedText(
        ru:
          "Проведение в ОО углубленной диагностики факторов школьной среды и корректировка программы ОО по переходу в эффективный режим работы",
        en:
          "In-depth diagnostics of school-environment factors in the school and correction of the school's programme for moving into effective operation"
      ),
      categories: [.monitoring, .normativeOrganisational],
      level: .school,
      responsible: [],
      schedule: .continuous(),
      timingQuote: "в течение всего периода",
      expectedResult: LocalizedText(
        ru:
          "Помощь в реализации школьных дорожных карт (проектов), контроль за выполнением плановых мероприятий",
        en:
          "Help in implementing the schools' roadmaps (projects); control over the planned measures"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Проведение в ОО углубленной диагностики факторов школьной среды и корректировка программы ОО по переходу в эффективный режим работы.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Второй абзац третьей строки дорожной карты, выделенный как мероприятие уровня школы (сроки и результат общие); в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "Second paragraph of the third roadmap row, split out as a school-level measure (shared timing and result); the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L261–272"),
    SupportMeasure(
      id: "khabarovsk.community_engagement_plan",
      title: LocalizedText(
        ru:
          "Разработать план вовлечения местного сообщества в реализацию программы перехода в эффективный режим, утвердить план на Управляющих советах ОО, довести до сведения родительской общественности, местного сообщества",
        en:
          "Drawing up a plan for involving the local community in the programme for moving into effective operation, approving it at the schools' governing councils and bringing it to the attention of parents and the local community"
      ),
      categories: [.studentsParents, .information],
      level: .school,
      responsible: [],
      schedule: .once(from: .first(of: .july, 2020), to: .last(of: .september, 2020)),
      timingQuote: "Июль - август - сентябрь 2020 года",
      expectedResult: LocalizedText(
        ru: "Открытость и привлечение местного сообщества к реализации программы",
        en: "Openness and involvement of the local community in implementing the programme"),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Разработать план вовлечения местного сообщества в реализацию программы перехода в эффективный режим, утвердить план на Управляющих советах ОО",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Уровень школы (утверждается управляющим советом каждой школы); OCR «OTKpblTocTb» = «Открытость»; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "School level (approved by each school's governing council); OCR «OTKpblTocTb» = «Открытость»; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L276–289"),
    SupportMeasure(
      id: "khabarovsk.teacher_qualification_monitoring",
      title: LocalizedText(
        ru:
          "Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложных социальных контекстах: регулярность прохождения курсов повышения квалификации педагогическими работниками ОО",
        en:
          "Monitoring whether teachers of schools working in difficult social contexts meet the qualification requirements: how regularly they take professional-development courses"
      ),
      categories: [.monitoring, .professionalDevelopment],
      level: .municipal,
      responsible: [],
      schedule: .month(.september),
      timingQuote: "Сентябрь Ежегодно",
      expectedResult: LocalizedText(
        ru: "Повышение качества образовательных услуг, педагогической компетенции",
        en: "Better quality of educational services and of teaching competence"),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложньD( социаJIьньD( контекстах: регулярность прохождения курсов повышения квалификации",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR: сложньD( социаJIьньD( = сложных социальных, повьrшение = повышение; каждая идентифицированная школа (школы «в сложных социальных контекстах» — целевые школы), а не один критерий: мероприятие даёт данные о кадровом обеспечении; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "OCR: сложньD( социаJIьньD( = сложных социальных, повьrшение = повышение; every identified school (the schools «в сложных социальных контекстах» are the target schools), not one criterion: it produces the staffing data; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L291–304"),
    SupportMeasure(
      id: "khabarovsk.school_monitoring_collection",
      title: LocalizedText(
        ru: "Организовать сбор и анализ школьных мониторингов по итогам реализации программ",
        en:
          "Collecting and analysing the schools' monitoring data on the results of their programmes"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [],
      schedule: .month(.june),
      timingQuote: "Июнь, ежегодно",
      expectedResult: LocalizedText(
        ru: "Список школ, показавших лучшие результаты по итогам реализации программ",
        en: "A list of the schools that showed the best results from their programmes"),
      condition: .programme,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote: "Организовать сбор и анализ школьньD( мониторингов по итогам реализации",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR: школьньD( = школьных, прогрЕl]чlм / програI,{м = программ; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "OCR: школьньD( = школьных, прогрЕl]чlм / програI,{м = программ; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L306–312"),
    SupportMeasure(
      id: "khabarovsk.parent_work_support",
      title: LocalizedText(
        ru:
          "Оказать помощь школам по внедрению эффективных форм работы с родителями, организовать проведение консультаций и мероприятий по обмену опытом",
        en:
          "Helping schools introduce effective forms of work with parents; organising consultations and experience-exchange events"
      ),
      categories: [.studentsParents, .methodicalSupport],
      level: .municipal,
      responsible: [],
      schedule: .continuous(),
      timingQuote: "в течение всего периода",
      expectedResult: LocalizedText(
        ru: "Практики перехода школ в эффективный режим работы",
        en: "Practices of moving schools into effective operation"),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "Оказать помощь шIколам IIо внед)ению эффективньп< форм работы с родитеJUIми, оргztнизовать IIроведение консультаций и мероприятий по обмену опытом.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR: шIколам IIо внед)ению = школам по внедрению, эффективньп< = эффективных, родитеJUIми = родителями, оргztнизовать IIроведение = организовать проведение; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "OCR: шIколам IIо внед)ению = школам по внедрению, эффективньп< = эффективных, родитеJUIми = родителями, оргztнизовать IIроведение = организовать проведение; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L314–324"),
    SupportMeasure(
      id: "khabarovsk.pedagogical_technology_seminars",
      title: LocalizedText(
        ru:
          "Провести обучающие семинары и последующие консультирования школ по вопросам применения современных педагогических технологий, улучшающих качество преподавания и обучения",
        en:
          "Training seminars and follow-up consulting for schools on using modern teaching technologies that improve the quality of teaching and learning"
      ),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [],
      schedule: .continuous(),
      timingQuote: "в течение всего периода",
      expectedResult: LocalizedText(
        ru: "Практики обучающих семинаров", en: "Practices of training seminars"),
      condition: .identified,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "поспедующие консультирования школ по вопросам применения современных педагогических технологий, улучшающих качество преподавания и обучения.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR: обуrшощие семиЕары = обучающие семинары, поспедующие = последующие, обуrающих = обучающих; для каждой идентифицированной школы, а не только по критерию подготовки кадров; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "OCR: обуrшощие семиЕары = обучающие семинары, поспедующие = последующие, обуrающих = обучающих; for every identified school, not only the staff-training criterion; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L326–336"),
    SupportMeasure(
      id: "khabarovsk.best_practice_schools",
      title: LocalizedText(
        ru:
          "На основании данных мониторинга определить школы, показавшие максимальное и стабильное улучшение учебных результатов, и создавшие педагогический потенциал для дальнейшего развития",
        en:
          "From the monitoring data, identifying the schools that showed the greatest and most stable improvement in learning results and built teaching potential for further development"
      ),
      categories: [.monitoring, .information],
      level: .municipal,
      responsible: [],
      schedule: .continuous(),
      timingQuote: "в течение всего периода",
      expectedResult: LocalizedText(ru: "Банк лучших практик", en: "A bank of best practices"),
      condition: .programme,
      provenance: Provenance(
        source: "001_a2b6d671e86258ea.txt",
        section:
          "Дорожная карта программы повышения качества образования в школах города Хабаровска с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях",
        quote:
          "определить школы, показавшие максимаJIьное и стабильное улучшение учебньгх результатов, и создавшие",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR: данньD( = данных, максимаJIьное = максимальное, учебньгх = учебных, tIедагогический потеЕциаJI = педагогический потенциал; в дорожной карте нет столбца ответственных (исполнители программы: Управление образования, школы).",
          en:
            "OCR: данньD( = данных, максимаJIьное = максимальное, учебньгх = учебных, tIедагогический потеЕциаJI = педагогический потенциал; the roadmap has no responsible column (programme executors: Управление образования, the schools)."
        )),
      lines: "L338–348"),
  ]
}
