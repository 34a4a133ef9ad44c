import QualityKit

extension Khabarovsk {
  /// The monitoring procedures of seed 001 (г. Хабаровск), with the periodicity the document gives (or
  /// the reading of it stated in the procedure's notes) and a verbatim quote.
  public static let monitoring: [MonitoringProcedure] = [
    PackDeclarations.procedure(
      id: "khabarovsk.initial_monitoring_2020",
      title: LocalizedText(
        ru:
          "Первичные мониторинговые исследования на муниципальном уровне и самообследования ОО по критериям оценки эффективности работы школ",
        en:
          "Initial municipal monitoring studies and school self-assessments against the criteria of school effectiveness"
      ),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2020, month: 9, day: 1),
        to: CalendarDate(clampingYear: 2020, month: 10, day: 31)),
      responsible: LocalizedText(
        ru:
          "Муниципальная рабочая группа по сопровождению деятельности ОО с низкими результатами (ответственные за мониторинг)",
        en:
          "Municipal working group supporting low-results schools (the persons responsible for monitoring)"
      ),
      source: "001_a2b6d671e86258ea.txt",
      section:
        "Дорожная карта программы повышения качества образования в школах города Хабаровска — «Проведение первичных мониторинговых исследований…»",
      quote:
        "Проведение первитIньD( мониторинговых исследований на муниципальном уровне и самообследоваяий на уровне ОО в соответствии с критериJ{ми оценки эффективности работы школ. Сентябрь … октябрь 2020",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Сентябрь - октябрь 2020» — разовая процедура 01.09–31.10.2020. Критерии эффективности работы школ в документе не перечислены. Графа ответственных в дорожной карте отсутствует; ответственный выведен из первой строки дорожной карты («Назначить ответственньгх за мониторинг и профессиональное развитие педагогов и руководителей» — муниципальная рабочая группа). Чтение OCR: «первитIньD(» = «первичных», «самообследоваяий» = «самообследований», «критериJ{ми» = «критериями».",
        en:
          "«September - October 2020» — a one-off, 1 Sep – 31 Oct 2020. The effectiveness criteria are not listed in the document. The roadmap has no responsible column; the responsible role is derived from its first row («appoint those responsible for monitoring and for the professional development of teachers and heads» — the municipal working group). OCR reading: «первитIньD(» = «первичных» (initial)."
      )),
    PackDeclarations.procedure(
      id: "khabarovsk.teacher_qualification_compliance",
      title: LocalizedText(
        ru:
          "Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложных социальных контекстах (регулярность прохождения КПК)",
        en:
          "Monitoring of compliance with qualification requirements of teachers working in difficult social contexts (regularity of professional-development courses)"
      ),
      periodicity: .annually(from: .september, to: .september),
      responsible: LocalizedText(
        ru:
          "Муниципальная рабочая группа по сопровождению деятельности ОО с низкими результатами (ответственные за мониторинг)",
        en:
          "Municipal working group supporting low-results schools (the persons responsible for monitoring)"
      ),
      source: "001_a2b6d671e86258ea.txt",
      section:
        "Дорожная карта программы повышения качества образования в школах города Хабаровска — «Мониторинг соответствия квалификационным требованиям…»",
      quote:
        "Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложньD( социаJIьньD( контекстах: регулярность прохождения курсов повышения квалификации педагогическими работниками ОО. Сентябрь Ежегодно",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Сентябрь Ежегодно» — каждый сентябрь (9..9). Графа ответственных в дорожной карте отсутствует; ответственный выведен из первой строки дорожной карты («Назначить ответственньгх за мониторинг и профессиональное развитие педагогов и руководителей» — муниципальная рабочая группа). Чтение OCR: «сложньD( социаJIьньD(» = «сложных социальных».",
        en:
          "«September, annually» — every September (9..9). The roadmap has no responsible column; the responsible role is derived from its first row («appoint those responsible for monitoring and for the professional development of teachers and heads» — the municipal working group). OCR reading: «сложньD( социаJIьньD(» = «сложных социальных» (difficult social)."
      )),
    PackDeclarations.procedure(
      id: "khabarovsk.school_monitoring_collection",
      title: LocalizedText(
        ru: "Сбор и анализ школьных мониторингов по итогам реализации программ",
        en:
          "Collection and analysis of the schools' monitoring data on the results of their programmes"
      ),
      periodicity: .annually(from: .june, to: .june),
      responsible: LocalizedText(
        ru:
          "Муниципальная рабочая группа по сопровождению деятельности ОО с низкими результатами (ответственные за мониторинг)",
        en:
          "Municipal working group supporting low-results schools (the persons responsible for monitoring)"
      ),
      source: "001_a2b6d671e86258ea.txt",
      section:
        "Дорожная карта программы повышения качества образования в школах города Хабаровска — «Организовать сбор и анализ школьных мониторингов…»",
      quote:
        "Организовать сбор и анализ школьньD( мониторингов по итогам реализации прогрЕl]чlм Июнь, ежегодно Список школ, показавших лучшие результаты по итогам реализации програI,{м",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Июнь, ежегодно» — каждый июнь (6..6); результат — список школ, показавших лучшие результаты. Графа ответственных в дорожной карте отсутствует; ответственный выведен из первой строки дорожной карты («Назначить ответственньгх за мониторинг и профессиональное развитие педагогов и руководителей» — муниципальная рабочая группа). Чтение OCR: «школьньD(» = «школьных», «прогрЕl]чlм» / «програI,{м» = «программ».",
        en:
          "«June, annually» — every June (6..6); the output is a list of the schools with the best results. The roadmap has no responsible column; the responsible role is derived from its first row («appoint those responsible for monitoring and for the professional development of teachers and heads» — the municipal working group). OCR reading: «прогрЕl]чlм» / «програI,{м» = «программ» (programmes)."
      )),
    PackDeclarations.procedure(
      id: "khabarovsk.school_interim_final_monitoring",
      title: LocalizedText(
        ru: "Промежуточный и итоговый мониторинги на уровне ОО",
        en: "Interim and final monitoring at school level"),
      periodicity: .timesPerYear(2),
      responsible: LocalizedText(
        ru: "Управленческая команда ОО (ответственные, назначенные в ОО)",
        en: "The school management team (the persons the school appoints)"),
      source: "001_a2b6d671e86258ea.txt",
      section:
        "Дорожная карта программы повышения качества образования в школах города Хабаровска — «Формирование муниципальной рабочей группы…»",
      quote:
        "Сформировать управленческие команды на уровне ОО, назначить ответствецньгх за проведение углубленной диагЕостики, промех(утоIIного и итогового мониторингов",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ называет промежуточный и итоговый мониторинги и ответственных за них в управленческой команде ОО, но не даёт срока. Прочитано как две волны в учебный год (выведено): промежуточная — сентябрь–февраль, итоговая — март–август; итоговые данные школ собираются муниципалитетом в июне (строка «Июнь, ежегодно»). Чтение OCR: «ответствецньгх» = «ответственных», «диагЕостики» = «диагностики», «промех(утоIIного» = «промежуточного».",
        en:
          "The document names interim and final monitoring and the persons responsible for them in the school management team, but gives no timing. Read as two waves per academic year (derived): interim in September–February, final in March–August; the municipality collects the schools' final data in June (row «June, annually»). OCR reading: «промех(утоIIного» = «промежуточного» (interim)."
      )),
    PackDeclarations.procedure(
      id: "khabarovsk.school_environment_diagnostics",
      title: LocalizedText(
        ru:
          "Углублённая диагностика факторов школьной среды в ОО и корректировка программы перехода в эффективный режим работы",
        en:
          "In-depth diagnostics of school-environment factors and correction of the school's programme for moving to effective operation"
      ),
      periodicity: .continuous,
      responsible: LocalizedText(
        ru:
          "Управленческая команда ОО (ответственные, назначенные в ОО) — ответственные за углублённую диагностику",
        en: "The school management team — the persons responsible for in-depth diagnostics"),
      source: "001_a2b6d671e86258ea.txt",
      section:
        "Дорожная карта программы повышения качества образования в школах города Хабаровска — «Организация консультационно-методического обеспечения…»",
      quote:
        "Проведение в ОО углубленной диагностики факторов школьной среды и корректировка программы ОО по переходу в эффективный режим работы. в течение всего периода",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«в течение всего периода» прочитано как «постоянно» (continuous) на всём сроке программы 2020–2023. Перечень факторов школьной среды не дан. Ответственный выведен из первой строки дорожной карты («назначить ответственных за проведение углубленной диагностики» в управленческих командах ОО).",
        en:
          "«throughout the whole period» is read as continuous over the programme term 2020–2023. No list of school-environment factors is given. The responsible role is derived from the roadmap's first row («appoint those responsible for in-depth diagnostics» in the school management teams)."
      )),
    PackDeclarations.procedure(
      id: "khabarovsk.continuous_quality_monitoring",
      title: LocalizedText(
        ru:
          "Постоянный мониторинг по вопросам качества образования с использованием количественных и качественных методов исследований",
        en:
          "Continuous monitoring of the quality of education with quantitative and qualitative research methods"
      ),
      periodicity: .continuous,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Задачи, п. 2",
      quote:
        "2. ОсуществJuIть постоянньй мониторинг по вопросам качества образования с испоJьзованием количественных и качественньtх методов исследований.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«постоянный мониторинг» — continuous. Ответственный не указан (исполнители программы — Управление образования администрации г. Хабаровска и ОО). Чтение OCR: «ОсуществJuIть постоянньй» = «Осуществлять постоянный», «испоJьзованием» = «использованием».",
        en:
          "«continuous monitoring» — continuous. No responsible role is given (the programme's executors are the Khabarovsk city Education Department and the schools). OCR reading: «ОсуществJuIть постоянньй» = «Осуществлять постоянный» (carry out continuous)."
      )),
    PackDeclarations.procedure(
      id: "khabarovsk.final_stage_evaluation",
      title: LocalizedText(
        ru: "Мониторинг оценки и самооценки деятельности (третий, обобщающий этап)",
        en: "Monitoring of assessment and self-assessment of performance (third, summarising stage)"
      ),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2022, month: 9, day: 1),
        to: CalendarDate(clampingYear: 2023, month: 8, day: 31)),
      source: "001_a2b6d671e86258ea.txt",
      section: "Реализация программы поддержки школ… — Третий этап: обобщающий",
      quote:
        "Третий этап: обобщающий Организация мониторинга оценки и самооценки деятельности. Ана_пиз результатов I и II этапов программы повышения качества образования. Подведение итогов реЕrлизации программы.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Этапы в документе не датированы. Третий (обобщающий) этап прочитан как последний учебный год программы «2020-2023 годы» — 01.09.2022–31.08.2023 (выведено). Ответственный не указан. Чтение OCR: «Ана_пиз» = «Анализ», «реЕrлизации» = «реализации».",
        en:
          "The stages carry no dates. The third (summarising) stage is read as the last academic year of the programme «2020-2023», 1 Sep 2022 – 31 Aug 2023 (derived). No responsible role is given. OCR reading: «Ана_пиз» = «Анализ» (analysis)."
      )),
  ]
}
