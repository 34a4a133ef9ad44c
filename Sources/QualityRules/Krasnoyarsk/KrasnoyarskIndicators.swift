import QualityKit

extension Krasnoyarsk {
  /// The target indicators of seed 003 (г. Лесосибирск), each with its target (a single horizon or a plan
  /// per year) and a verbatim quote; a number the document does not give is never invented —
  /// an indicator without one has no target, and every reading is in its provenance.
  public static let indicators: [any Indicator] = [
    PackDeclarations.reported(
      id: "krasnoyarsk.schools_analysed_share",
      title: LocalizedText(
        ru:
          "Доля школ, в которых проведён анализ данных об образовательных результатах и внешних социальных условиях работы и идентификация группы ШНРО/ШНСУ с учетом критериев и показателей",
        en:
          "Share of schools whose learning results and external social conditions are analysed and which are screened for ШНРО/ШНСУ against the criteria and indicators"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 100, 2022: 100, 2023: 100],
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», минимальные требования, п. 1; ожидаемый результат, п. 1",
      quote:
        "1.Проведение (в 100% школ) анализа данных об образовательных результатах и внешних социальных условий работы школ, идентификация группы ШНРО/ШНСУ с учетом критериев и показателей. … 1. В 2020 будут разработаны критерии, идентифицированы ШНРО /ШНСУ. По результатам идентификации в отношении школ будет проведен анализ данных об образовательных результатах и внешних социальных условиях работы с составлением аналитического отчета",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«в 100% школ» — минимальное требование; слова сравнения нет, прочитано как «не менее 100 %» (для 100 % то же, что «равно»). Знаменатель — все 9 общеобразовательных учреждений города. Годы плана 2021–2023 — учебные годы 2020/21–2022/23: регулярная идентификация «2020 -2023 … 1 раз в год» начинается в сентябре 2020 (план-график, п. 3), итоги подводятся в мае–августе 2023. (Перечень муниципальных актов называет программу «на 2020 – 2024 гг», этапы — «четыре учебных года»; 2024 не включён.) Сообщается вручную.",
        en:
          "«in 100% of schools» is a minimum requirement; no comparison word, read as «at least 100 %» (for 100 % the same as «equal»). The denominator is all 9 city schools. Plan years 2021–2023 are the academic years 2020/21–2022/23: the regular identification «2020 -2023 … once a year» starts in September 2020 (plan-schedule item 3) and the results are summed up in May–August 2023. (The list of municipal acts calls the programme «2020 – 2024», the stages speak of «four academic years»; 2024 is not included.) Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.experience_exchange_events_count",
      title: LocalizedText(
        ru:
          "Количество мероприятий по обмену опытом между школами (ШНРО/ШНСУ и школы с высокими результатами обучения) в год",
        en:
          "Number of experience-exchange events between schools (ШНРО/ШНСУ and high-performing schools) per year"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 4, 2022: 4, 2023: 4],
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», минимальные требования, п. 4; ожидаемый результат, п. 3",
      quote:
        "4. Заключение партнерских договоров ШНРО НСУ со школами с высокими результатами обучения. Проведение мероприятий (не менее 4-х в год) по обмену опытом между школами … проведены мероприятия по обмену опытом между школами в виде семинаров и вебинаров, иных форм.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«не менее 4-х в год» — не менее 4 мероприятий (семинары, вебинары, иные формы) в каждый учебный год. Годы плана 2021–2023 — учебные годы 2020/21–2022/23: регулярная идентификация «2020 -2023 … 1 раз в год» начинается в сентябре 2020 (план-график, п. 3), итоги подводятся в мае–августе 2023. (Перечень муниципальных актов называет программу «на 2020 – 2024 гг», этапы — «четыре учебных года»; 2024 не включён.) Сообщается вручную.",
        en:
          "«at least 4 a year» — at least 4 events (seminars, webinars, other forms) in every academic year. Plan years 2021–2023 are the academic years 2020/21–2022/23: the regular identification «2020 -2023 … once a year» starts in September 2020 (plan-schedule item 3) and the results are summed up in May–August 2023. (The list of municipal acts calls the programme «2020 – 2024», the stages speak of «four academic years»; 2024 is not included.) Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.identified_schools_monitored_share",
      title: LocalizedText(
        ru:
          "Доля школ, идентифицированных как ШНРО/ШНСУ, в которых проведён мониторинг качества результатов обучения, качества преподавания, управления и школьной среды",
        en:
          "Share of schools identified as ШНРО/ШНСУ in which results, teaching, management and school environment are monitored"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 100, 2022: 100, 2023: 100],
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат, п. 4; минимальные требования, п. 6",
      quote:
        "4. В отношении 100% школ, идентифицированных как школы с низкими результатами обучения и в школы, функционирующие в неблагоприятных социальных условиях, будет проведен мониторинг качества результатов обучения, а также качества преподавания, управления и школьной среды, включая входной, промежуточный и итоговый мониторинги образовательных результатов и социальных условий (контекстных данных) работы школ по установленным показателям. … 6. Регулярное (не реже одного раза в год) проведение в ШНРО/ ШНСУ мониторинга качества результатов обучения, а также качества преподавания, управления и школьной среды.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«В отношении 100% школ, идентифицированных как…»; слова сравнения нет, прочитано как «не менее 100 %». Знаменатель — школы, идентифицированные в данном учебном году; мониторинг — не реже одного раза в год (входной, промежуточный, итоговый). Годы плана 2021–2023 — учебные годы 2020/21–2022/23: регулярная идентификация «2020 -2023 … 1 раз в год» начинается в сентябре 2020 (план-график, п. 3), итоги подводятся в мае–августе 2023. (Перечень муниципальных актов называет программу «на 2020 – 2024 гг», этапы — «четыре учебных года»; 2024 не включён.) Сообщается вручную.",
        en:
          "«In respect of 100% of schools identified as…»; no comparison word, read as «at least 100 %». The denominator is the schools identified in that academic year; the monitoring runs at least once a year (entry, interim, final). Plan years 2021–2023 are the academic years 2020/21–2022/23: the regular identification «2020 -2023 … once a year» starts in September 2020 (plan-schedule item 3) and the results are summed up in May–August 2023. (The list of municipal acts calls the programme «2020 – 2024», the stages speak of «four academic years»; 2024 is not included.) Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.staffing_recommendations_share",
      title: LocalizedText(
        ru:
          "Доля школ, идентифицированных как ШНРО/ШНСУ, получивших рекомендации по штатному расписанию в части должностей специалистов (психологов, социальных педагогов, педагогов дополнительного образования)",
        en:
          "Share of schools identified as ШНРО/ШНСУ that received staffing-table recommendations on specialist posts (psychologists, social pedagogues, additional-education teachers)"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 100],
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат, п. 5",
      quote:
        "5.До 1 января 2021г для всех школ, идентифицированных как ШНРО /ШНСУ, будут выданы рекомендации по штатному расписанию в части должности специалистов (психологов или социальных педагогов, или педагогов дополнительного образования).",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«для всех школ» прочитано как 100 %, «не менее» (для 100 % то же, что «равно»). Срок «До 1 января 2021г» лежит в учебном году 2020/21 → план {\"2021\": 100}; сам срок — 1 января 2021, раньше конца учебного года. Сообщается вручную.",
        en:
          "«for all schools» read as 100 %, «at least» (for 100 % the same as «equal»). The deadline «before 1 January 2021» falls in academic year 2020/21 → plan {\"2021\": 100}; the deadline itself is 1 January 2021, before the end of that academic year. Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.professional_deficits_identified_share",
      title: LocalizedText(
        ru:
          "Доля школ, идентифицированных как ШНРО/ШНСУ, в которых выявлены профессиональные дефициты управленческого и кадрового состава и сформированы заявки на программы повышения квалификации",
        en:
          "Share of schools identified as ШНРО/ШНСУ whose management and teaching staff have had their professional deficits identified and professional-development requests filed"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 100],
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат, п. 6",
      quote:
        "6. До 1 января 2021г выявлены профессиональные дефициты управленческого и кадрового состава школ, идентифицированных как ШНРО/ШНСУ; сформированы заявки на программы повышения квалификации для директоров, заместителей директоров и учителей школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях;",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Числа нет: пункт говорит о дефицитах «школ, идентифицированных как ШНРО/ШНСУ» без оговорок, что прочитано как все такие школы — 100 %, «не менее» (выведено). Срок «До 1 января 2021г» → учебный год 2020/21, план {\"2021\": 100}. Сообщается вручную.",
        en:
          "No number: the item speaks of the deficits of «schools identified as ШНРО/ШНСУ» without qualification, read as all such schools — 100 %, «at least» (derived). The deadline «before 1 January 2021» → academic year 2020/21, plan {\"2021\": 100}. Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.teacher_associations_count",
      title: LocalizedText(
        ru:
          "Количество созданных/модернизированных объединений педагогов для совершенствования технологий обучения",
        en: "Number of teacher associations created or modernised to improve teaching technologies"),
      unit: .count, level: .municipality, better: .positive,
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат, п. 7",
      quote:
        "7. 2020 - 2021 г. созданы/модернизированы объединения педагогов для совершенствования технологий обучения.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Результат датирован («2020 - 2021 г.»), но число объединений не дано: target = null; единица (count) и «больше — лучше» выведены. Объединения строятся на базе ГМО, ММК, МК и объединений заместителей директоров. Сообщается вручную.",
        en:
          "The result is dated («2020 - 2021»), but no number of associations is given: target = null; the unit (count) and «more is better» are derived. The associations build on the city subject associations (ГМО), ММК, МК and deputy-director groups. Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.intermunicipal_seminar_count",
      title: LocalizedText(
        ru:
          "Однодневный межмуниципальный семинар он-лайн по распространению и внедрению модели и механизмов поддержки ШНРО/ШНСУ",
        en:
          "One-day inter-municipal online seminar to disseminate the ШНРО/ШНСУ support model and mechanisms"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2023: 1],
      source: "003_2156e850bfcb12b0.txt",
      section:
        "3. Ожидаемые результаты — п. 1 «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы», ожидаемый результат, п. 8",
      quote:
        "8.Организован и проведен однодневный межмуниципальный семинар он-лайн (предварительно - С-Енисейск) по распространению и внедрению модели и механизмов поддержки ШНРО/ШНСУ.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Один семинар (единственное число, «однодневный … семинар»), прочитано как «не менее 1». Год не указан; отнесён к последнему учебному году программы 2022/23 — этапу «2023 – … распространение эффективных практик» (выведено). Сообщается вручную.",
        en:
          "One seminar (singular, «a one-day … seminar»), read as «at least 1». No year is given; placed in the programme's last academic year 2022/23, the stage «2023 – … dissemination of effective practices» (derived). Reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.failing_students_basic_subjects_share",
      title: LocalizedText(
        ru:
          "Доля неуспешных учащихся по базовым предметам (математике, русскому языку и литературе)",
        en:
          "Share of students failing the core subjects (mathematics, Russian language and literature)"
      ),
      unit: .percent, level: .municipality, better: .negative,
      source: "003_2156e850bfcb12b0.txt",
      section:
        "1. Анализ актуального состояния системы общего образования — «Предполагается, что в ходе реализации данной программы», п. 2",
      quote:
        "2. Снизится доля неуспешных учащихся по базовым предметам (математике, русскому языку и литературе) до уровня, не выше средних по региону и РФ;",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Цель — «не выше средних по региону и РФ»: сравнение «<=» указано, но порог — региональное и российское среднее того же года, а не число документа, поэтому target = null; порог нужно брать из Benchmarks. Год не указан (горизонт — конец программы, 2023). Одной метрики нет: results.success_percent — дополнение, но по всем предметам, а ege/oge.*.below_min_percent — только экзамены; сообщается вручную.",
        en:
          "The target is «no higher than the regional and national averages»: the comparison «<=» is stated, but the bar is the regional and Russian average of the same year, not a number in the document, so target = null; the bar must come from Benchmarks. No year is given (horizon: programme end, 2023). No single metric fits: results.success_percent is the complement but over all subjects, and ege/oge.*.below_min_percent cover exams only; reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnoyarsk.self_determination_practices_share",
      title: LocalizedText(
        ru:
          "Удельный вес образовательных практик для формирования личностного и профессионального самоопределения и выбора учащимися индивидуальной образовательной траектории",
        en:
          "Share of educational practices for personal and career self-determination and students' choice of an individual learning path"
      ),
      unit: .percent, level: .municipality, better: .positive,
      source: "003_2156e850bfcb12b0.txt",
      section:
        "1. Анализ актуального состояния системы общего образования — «Предполагается, что в ходе реализации данной программы», п. 4",
      quote:
        "4. Увеличится удельный вес образовательных практик для формирования личностного и профессионального самоопределения и выбора учащимися индивидуальной образовательной траектории;",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "«Увеличится» — направление без значения, базы и знаменателя: target = null; «удельный вес» прочитан как доля, %. Метрики в METRICS.md нет; сообщается вручную.",
        en:
          "«Will increase» — a direction without a value, baseline or denominator: target = null; «удельный вес» (proportion) is read as a share, %. No METRICS.md metric; reported by hand."
      )),
    PackDeclarations.positiveDynamics(
      id: "krasnoyarsk.satisfaction_dynamics",
      title: LocalizedText(
        ru: "Уровень удовлетворенности качеством образования получателями",
        en: "Service users' satisfaction with the quality of education"),
      source: "003_2156e850bfcb12b0.txt",
      section:
        "1. Анализ актуального состояния системы общего образования — «Предполагается, что в ходе реализации данной программы», п. 7",
      quote: "7. Повысится уровень удовлетворенности качеством образования получателями,",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "«Повысится» — направление без значения: target = null; computed — положительная динамика satisfaction.percent (независимая оценка качества; ею же пользуется критерий «40 % и ниже» раздела 2.1).",
        en:
          "«Will rise» — a direction without a value: target = null; computed is positive dynamics of satisfaction.percent (the independent quality assessment, the same metric as the «40 % or lower» criterion of section 2.1)."
      ),
      metric: "satisfaction.percent"),
  ]
}
