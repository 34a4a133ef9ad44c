import QualityKit

extension Krasnoyarsk {
  /// The monitoring procedures of seed 003 (г. Лесосибирск), with the periodicity the document gives (or
  /// the reading of it stated in the procedure's notes) and a verbatim quote.
  public static let monitoring: [MonitoringProcedure] = [
    PackDeclarations.procedure(
      id: "krasnoyarsk.identification_annual",
      title: LocalizedText(
        ru: "Регулярный мониторинг по идентификации ШНРО/ШНСУ",
        en: "Regular monitoring to identify ШНРО/ШНСУ"),
      periodicity: .timesPerYear(1),
      responsible: LocalizedText(
        ru: "Отдел образования администрации г. Лесосибирска; МБУ «МИМЦ»",
        en:
          "Education Department of the Lesosibirsk city administration; the municipal methodological centre МБУ «МИМЦ»"
      ),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат",
      quote:
        "2020 -2023 – осуществляется регулярный мониторинг по идентификации школ – 1 раз в год;",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«1 раз в год» в 2020–2023 — один период на учебный год (сентябрь–август), срок — 31 августа; месяц не назван (первый раз — сентябрь 2020, план-график п. 3). Результат — список ШНРО/ШНСУ. Ответственные взяты из раздела 2.3 («Отдел образования, МИМЦ» — «идентификация группы ШНРО /ШНСУ с учетом установленных критериев и показателей»).",
        en:
          "«once a year» in 2020–2023 — one span per academic year (September–August), due 31 August; no month is named (the first run is September 2020, plan-schedule item 3). The output is the list of ШНРО/ШНСУ. The responsible roles come from section 2.3 («Education Department, МИМЦ» — «identification of the ШНРО/ШНСУ group against the set criteria and indicators»)."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.identification_2020_09",
      title: LocalizedText(
        ru: "Организация мониторинга по идентификации ШНРО/ШНСУ (первый цикл)",
        en: "Monitoring to identify ШНРО/ШНСУ (first run)"),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2020, month: 9, day: 1),
        to: CalendarDate(clampingYear: 2020, month: 9, day: 30)),
      responsible: LocalizedText(
        ru: "Отдел образования администрации г. Лесосибирска",
        en: "Education Department of the Lesosibirsk city administration"),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год, п. 3",
      quote:
        "3 Организация мониторинга по идентификации предмет ШНРО/ШНСУ. сентябрь 2020 года Отдел образования Список ШНРО/ШНСУ",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«сентябрь 2020 года» — разовая процедура 01–30.09.2020, первый цикл ежегодной идентификации; результат — «Список ШНРО/ШНСУ». В тексте «по идентификации предмет ШНРО/ШНСУ» — «предмет» читается как «на предмет».",
        en:
          "«September 2020» — a one-off, 1–30 Sep 2020, the first run of the yearly identification; output «the list of ШНРО/ШНСУ». The printed «по идентификации предмет» reads as «на предмет» (for)."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.roadmaps_annual",
      title: LocalizedText(
        ru: "Разработка «дорожных карт» ШНРО/ШНСУ",
        en: "Drafting of the ШНРО/ШНСУ roadmaps"),
      periodicity: .timesPerYear(1),
      responsible: LocalizedText(
        ru: "Отдел образования администрации г. Лесосибирска; руководители ОО; МБУ «МИМЦ»",
        en: "Education Department of the Lesosibirsk city administration; school heads; МБУ «МИМЦ»"),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат",
      quote:
        "Разрабатываются «дорожные карты» - 1 раз в год; … «Дорожные карты» разрабатываются на каждый конкретный учебный год с учетом статистических данных.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«1 раз в год» — на каждый учебный год, по данным идентификации и статистики; один период сентябрь–август. Ответственные — из плана-графика, п. 4 («дорожные карты» ШНРО/ШНСУ, сентябрь–октябрь 2020: Отдел образования, руководители ОО, МБУ «МИМЦ») (выведено).",
        en:
          "«once a year» — for each academic year, from identification and statistics; one span September–August. Responsible roles from plan-schedule item 4 (ШНРО/ШНСУ roadmaps, September–October 2020: Education Department, school heads, МБУ «МИМЦ») (derived)."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.interim_dynamics_monitoring",
      title: LocalizedText(
        ru: "Промежуточный мониторинг ШНРО/ШНСУ динамики изменений",
        en: "Interim monitoring of change in ШНРО/ШНСУ"),
      periodicity: .timesPerYear(2),
      responsible: LocalizedText(
        ru: "Отдел образования администрации г. Лесосибирска; МБУ «МИМЦ»",
        en:
          "Education Department of the Lesosibirsk city administration; the municipal methodological centre МБУ «МИМЦ»"
      ),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат",
      quote: "Осуществляется промежуточный мониторинг ШНРО/ШНСУ динамики изменений – 2 раза в год;",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«2 раза в год» прочитано как два периода учебного года: сентябрь–февраль и март–август, срок — конец периода. В 2020/21 учебном году план-график (п. 14) размещает промежуточные мониторинги в декабре 2020 – апреле 2021. Ответственные — из п. 14 плана-графика (выведено).",
        en:
          "«twice a year» read as two spans of the academic year, September–February and March–August, each due at its end. In 2020/21 the plan-schedule (item 14) places the interim monitoring in December 2020 – April 2021. Responsible roles from plan-schedule item 14 (derived)."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.interim_dynamics_2020_21",
      title: LocalizedText(
        ru: "Промежуточные мониторинги по выявлению динамики изменений, 2020/21 учебный год",
        en: "Interim monitoring of change, academic year 2020/21"),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2020, month: 12, day: 1),
        to: CalendarDate(clampingYear: 2021, month: 4, day: 30)),
      responsible: LocalizedText(
        ru: "Отдел образования администрации г. Лесосибирска; МБУ «МИМЦ»",
        en:
          "Education Department of the Lesosibirsk city administration; the municipal methodological centre МБУ «МИМЦ»"
      ),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год, п. 14",
      quote:
        "14 Организация промежуточных мониторингов по выявлению динамики изменений Декабрь 2020 – апрель 2021 Отдел образования, МБУ «МИМЦ»",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Декабрь 2020 – апрель 2021» — 01.12.2020–30.04.2021; результат — «Информация для анализа эффективности реализуемых мер». Это датированный вариант промежуточного мониторинга (2 раза в год) на первый учебный год.",
        en:
          "«December 2020 – April 2021» — 1 Dec 2020 – 30 Apr 2021; output «information for analysing the effectiveness of the measures». The dated instance of the twice-yearly interim monitoring for the first academic year."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.quality_monitoring",
      title: LocalizedText(
        ru:
          "Мониторинг качества результатов обучения, качества преподавания, управления и школьной среды в ШНРО/ШНСУ (входной, промежуточный, итоговый)",
        en:
          "Monitoring of learning results, teaching, management and school environment in ШНРО/ШНСУ (entry, interim, final)"
      ),
      periodicity: .timesPerYear(1),
      responsible: LocalizedText(
        ru: "МБУ «МИМЦ»; ГМО; общеобразовательные организации",
        en:
          "The municipal methodological centre МБУ «МИМЦ»; city subject associations (ГМО); the schools"
      ),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», минимальные требования, п. 6; ожидаемый результат, п. 4",
      quote:
        "6. Регулярное (не реже одного раза в год) проведение в ШНРО/ ШНСУ мониторинга качества результатов обучения, а также качества преподавания, управления и школьной среды. … включая входной, промежуточный и итоговый мониторинги образовательных результатов и социальных условий (контекстных данных) работы школ по установленным показателям.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«не реже одного раза в год» — минимум один раз за учебный год (сентябрь–август), срок — 31 августа; чаще допускается. Охват — 100 % идентифицированных школ, волны — входная, промежуточная, итоговая. Ответственные выведены из раздела 2.3 («МИМЦ, ГМО, ОО» — «Участие в проведении в ШНРО /ШНСУ мониторинга качества…»).",
        en:
          "«at least once a year» — at least once per academic year (September–August), due 31 August; more often is allowed. Coverage: 100 % of identified schools, with entry, interim and final waves. Responsible roles derived from section 2.3 («МИМЦ, ГМО, ОО» — «taking part in monitoring quality in ШНРО/ШНСУ»)."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.teacher_deficits_2020",
      title: LocalizedText(
        ru:
          "Мониторинг профессиональных проблем и дефицитов педагогов ОУ, показывающих стабильно низкие образовательные результаты",
        en:
          "Monitoring of professional problems and deficits of teachers in schools with consistently low results"
      ),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2020, month: 9, day: 1),
        to: CalendarDate(clampingYear: 2020, month: 10, day: 31)),
      responsible: LocalizedText(
        ru: "МБУ «МИМЦ»",
        en: "The municipal methodological centre МБУ «МИМЦ»"),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год, п. 7",
      quote:
        "7 Мониторинг профессиональных проблем и дефицитов педагогов ОУ, показывающих стабильно низкие образовательные результаты. сентябрь – октябрь 2020 года МБУ «МИМЦ» «Карта профессиональных затруднений», формирование муниципального заказа КПК педагогов и руководителей ШНРО/ШНСУ.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«сентябрь – октябрь 2020 года» — разовая процедура 01.09–31.10.2020; результат — «Карта профессиональных затруднений» и муниципальный заказ КПК.",
        en:
          "«September – October 2020» — a one-off, 1 Sep – 31 Oct 2020; output: a «map of professional difficulties» and the municipal order for professional-development courses."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.programme_effectiveness_monitoring",
      title: LocalizedText(
        ru: "Мониторинг результативности программ улучшения результатов обучения",
        en: "Monitoring of the effectiveness of the programmes for improving learning results"),
      periodicity: .timesPerYear(1),
      responsible: LocalizedText(
        ru: "МБУ «МИМЦ»; ГМО; общеобразовательные организации",
        en:
          "The municipal methodological centre МБУ «МИМЦ»; city subject associations (ГМО); the schools"
      ),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "2.1 — Основные компоненты «дорожной карты»: «Разработка муниципальной и школьных программ улучшения результатов»; 2.3. Распределение ответственности по реализации программы",
      quote:
        "Проведение мониторинга результативности программ улучшения результатов обучения; … Проведение мониторинга результативности реализации данных программ.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Периодичность не указана. Прочитано как один раз в учебный год, к итоговому совещанию (план-график, п. 16: «ГМС по Обобщению итогов работы по реализации программы», май 2021) (выведено). Ответственные — строка «МИМЦ, ГМО, ОО» раздела 2.3.",
        en:
          "No periodicity is given. Read as once per academic year, feeding the year-end review (plan-schedule item 16: «city methodological council summing up the programme», May 2021) (derived). Responsible roles: the «МИМЦ, ГМО, ОО» row of section 2.3."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.vpr_niko_administration",
      title: LocalizedText(
        ru: "Проведение ВПР и НИКО на территории Лесосибирска",
        en:
          "Administering the all-Russian check-up tests (ВПР) and national education-quality studies (НИКО) in Lesosibirsk"
      ),
      periodicity: .asScheduled,
      responsible: LocalizedText(
        ru: "Отдел образования администрации г. Лесосибирска; МБУ «МИМЦ»",
        en:
          "Education Department of the Lesosibirsk city administration; the municipal methodological centre МБУ «МИМЦ»"
      ),
      source: "003_2156e850bfcb12b0.txt",
      section: "2.3. Распределение ответственности по реализации программы",
      quote:
        "Проведение на территории Лесосибирска Всероссийских проверочных работ, Национальных исследований качества образования; … Циклограмма региональных мониторинговых и социологических исследований.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Срок в программе не указан: ВПР и НИКО идут по федеральному и региональному графику («Циклограмма региональных мониторинговых и социологических исследований»), поэтому «по графику» (выведено).",
        en:
          "The programme gives no timing: ВПР and НИКО follow the federal and regional schedule («cyclogram of regional monitoring and sociological studies»), hence «as scheduled» (derived)."
      )),
    PackDeclarations.procedure(
      id: "krasnoyarsk.final_analysis_2023",
      title: LocalizedText(
        ru: "Анализ итогов программы, обобщение практики, рекомендации к внедрению лучших образцов",
        en:
          "Final analysis of the programme, generalising practice, recommendations for mainstreaming the best examples"
      ),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2023, month: 5, day: 1),
        to: CalendarDate(clampingYear: 2023, month: 8, day: 31)),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат",
      quote:
        "Май – август 2023 год – анализ итогов, обобщение практики, рекомендации к внедрению в массовую практику лучших образцов.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Май – август 2023 год» — разовая процедура 01.05–31.08.2023. Ответственный не указан.",
        en: "«May – August 2023» — a one-off, 1 May – 31 Aug 2023. No responsible role is given.")),
  ]
}
