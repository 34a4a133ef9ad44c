import QualityKit

extension Amur {
  /// The target indicators of seeds 000 (г. Свободный) and 002 (Михайловский район), each with its target (a single horizon or a plan
  /// per year) and a verbatim quote; a number the document does not give is never invented —
  /// an indicator without one has no target, and every reading is in its provenance.
  public static let indicators: [any Indicator] = [
    PackDeclarations.reported(
      id: "amur.schools_modern_environment_share",
      title: LocalizedText(
        ru:
          "Доля ОУ, образовательная среда которых соответствует требованиям современных образовательных стандартов",
        en:
          "Share of schools whose educational environment meets the requirements of modern educational standards"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 90],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 1",
      quote:
        "1. Доля ОУ, образовательная среда которых … соответствует требованиям современных образовательных стандартов - не менее 90 %.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Доля от 8 муниципальных школ, сообщается вручную.",
        en:
          "Horizon is «by 2024» from the programme goal (academic year 2023/24). A share of the city's 8 municipal schools, reported by hand."
      )),
    PackDeclarations.reported(
      id: "amur.schools_deficit_based_pd_share",
      title: LocalizedText(
        ru:
          "Доля ОУ, где система работы выстроена на выявлении и ликвидации квалификационных дефицитов педагогов (предметных, метапредметных, методических, психолого-педагогических)",
        en:
          "Share of schools whose work is built on identifying and closing teachers' qualification deficits (subject, cross-subject, methodical, psychological-pedagogical)"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 90],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 2",
      quote:
        "2. Доля ОУ, где система работы выстроена на выявлении и ликвидации квалификационных дефицитов педагогов (предметных, метапредметных, методических, психолого- педагогических) (не менее 90%).",
      kind: .stated,
      reading: LocalizedText(
        ru: "Горизонт — «К 2024 году» из цели программы (2023/24 учебный год).",
        en: "Horizon is «by 2024» from the programme goal (academic year 2023/24).")),
    PackDeclarations.reported(
      id: "amur.schools_tutor_support_share",
      title: LocalizedText(
        ru:
          "Доля школ, охваченных тьюторской поддержкой в разработке и реализации школьных программ повышения качества образования",
        en:
          "Share of schools receiving tutor support in designing and running their school quality-improvement programmes"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 100],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 3",
      quote:
        "3. 100% школ охвачены тьюторской поддержкой в разработке и реализации школьных программ повышения качества образования, организованы выездные методические десанты с целью посещения уроков педагогов для оказания методической помощи.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 100 % напечатано без слова сравнения; прочитано как «не менее 100 %» (для 100 % это то же, что «равно 100 %», доля не бывает больше 100). Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Вторая часть пункта (выездные методические десанты) — мероприятие без отдельного числа; в индикатор не входит.",
        en:
          "The 100 % is printed without a comparison word; read as «at least 100 %» (for 100 % the same as «equal to 100 %», a share cannot exceed 100). Horizon is «by 2024» from the programme goal (academic year 2023/24). The second half of the item (on-site methodical visits) is an activity without a number of its own and is not part of the indicator."
      )),
    PackDeclarations.reported(
      id: "amur.webinars_count",
      title: LocalizedText(
        ru:
          "Количество проведённых вебинаров, ориентированных на потребности педагогов, управленческой команды",
        en: "Number of webinars held that address the needs of teachers and school management teams"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 20],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 4",
      quote:
        "4. Проведено не менее 20 вебинаров, ориентированных на потребности педагогов, управленческой команды.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Период счёта не указан; прочитано как нарастающий итог за весь срок программы 2022–2024 к 2024 году (выведено). Сообщается вручную.",
        en:
          "The counting period is not stated; read as a cumulative total over the whole programme 2022–2024, due by 2024 (derived). Reported by hand."
      )),
    PackDeclarations.reported(
      id: "amur.teachers_network_share",
      title: LocalizedText(
        ru:
          "Доля педагогов школы — участников сетевых профессиональных сообществ и сетевых методических объединений",
        en:
          "Share of a school's teachers who take part in network professional communities and network methodical associations"
      ),
      unit: .percent, level: .school, better: .positive,
      comparison: .atLeast, plan: [2024: 80],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 5",
      quote:
        "5. 80% педагогов школы - участники сетевых профессиональных сообществ и сетевых методических объединений.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 80 % напечатано без слова сравнения; прочитано как «не менее 80 %». Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Показатель школы («педагогов школы»); сообщается по школам, муниципальное значение — простое среднее школ.",
        en:
          "The 80 % is printed without a comparison word; read as «at least 80 %». Horizon is «by 2024» from the programme goal (academic year 2023/24). A school-level share («teachers of the school»); reported per school, the municipal value is the plain mean of the schools."
      )),
    PackDeclarations.reported(
      id: "amur.gia_below_minimum_share",
      title: LocalizedText(
        ru:
          "Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество баллов ниже минимума, установленного Рособрнадзором",
        en:
          "Share of students who scored below the Rosobrnadzor minimum in the compulsory subjects of the ОГЭ and ЕГЭ"
      ),
      unit: .percent, level: .municipality, better: .negative,
      comparison: .atMost, plan: [2024: 5],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 6",
      quote:
        "6. Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество баллов ниже минимума, установленного Рособрнадзором - не более 5 %.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Одна доля по всем обязательным экзаменам (русский язык и математика, ОГЭ и ЕГЭ); её не измеряет ни одна метрика словаря по отдельности (ближайшие — ege.russian.below_min_percent, ege.math.below_min_percent, oge.russian.below_min_percent, oge.math.below_min_percent; числа участников по предметам в данных нет, поэтому их нельзя честно свести в одну долю). Сообщается вручную. Критерий пакета использует то же число 5 по каждому предмету отдельно.",
        en:
          "Horizon is «by 2024» from the programme goal (academic year 2023/24). One share across all compulsory exams (Russian and mathematics, ОГЭ and ЕГЭ); no single metric of the dictionary measures it (the closest are ege.russian.below_min_percent, ege.math.below_min_percent, oge.russian.below_min_percent, oge.math.below_min_percent; per-subject participant counts are not in the data, so they cannot honestly be pooled into one share). Reported by hand. The pack's criterion uses the same 5 per subject."
      )),
    PackDeclarations.reported(
      id: "amur.teachers_modern_methods_share",
      title: LocalizedText(
        ru:
          "Доля педагогов, использующих в педагогической практике современные методические подходы, технологии, способы",
        en:
          "Share of teachers who use modern methodical approaches, technologies and techniques in their practice"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 60],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 7",
      quote:
        "7. Доля педагогов, использующих в педагогической практике современные методические подходы, технологии, способы - не менее 60%.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Доля педагогов города; сообщается вручную.",
        en:
          "Horizon is «by 2024» from the programme goal (academic year 2023/24). A share of the city's teachers; reported by hand."
      )),
    PackDeclarations.aggregate(
      id: "amur.satisfaction_share",
      title: LocalizedText(
        ru:
          "Доля участников образовательного процесса, удовлетворенных качеством общего образования",
        en:
          "Share of participants in education (students, parents, teachers) satisfied with the quality of general education"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 85],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 8",
      quote:
        "8. Доля участников образовательного процесса, удовлетворенных качеством общего образования - не менее 85 %.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Вычисляется из satisfaction.percent школ; среднее взвешено по числу обучающихся (выведено: доля людей, а не школ).",
        en:
          "Horizon is «by 2024» from the programme goal (academic year 2023/24). Computed from the schools' satisfaction.percent; the mean is weighted by enrolment (derived: a share of people, not of schools)."
      ),
      metric: "satisfaction.percent", aggregation: .enrolmentWeightedMean),
    PackDeclarations.reported(
      id: "amur.schools_at_risk_system_share",
      title: LocalizedText(
        ru: "Доля ОУ, в которых выстроена система работы с «детьми группы риска»",
        en: "Share of schools that have a system of work with at-risk children"),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 100],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 9",
      quote: "9. В 100% ОУ выстроена система работы с «детьми группы риска».",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 100 % напечатано без слова сравнения; прочитано как «не менее 100 %» (для 100 % это то же, что «равно 100 %», доля не бывает больше 100). Горизонт — «К 2024 году» из цели программы (2023/24 учебный год).",
        en:
          "The 100 % is printed without a comparison word; read as «at least 100 %» (for 100 % the same as «equal to 100 %», a share cannot exceed 100). Horizon is «by 2024» from the programme goal (academic year 2023/24)."
      )),
    PackDeclarations.reported(
      id: "amur.schools_partnership_share",
      title: LocalizedText(
        ru:
          "Доля школ — участников программы, осуществляющих партнерское взаимодействие по повышению качества образования в рамках партнерских договоров со школами-партнерами",
        en:
          "Share of participating schools that work with partner schools on quality under partnership agreements"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 100],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 10",
      quote:
        "10. 100% школ участвуют в реализации программы, осуществляющих партнерское взаимодействие по повышению качества образования в рамках партнерских договоров со школами-партнерами.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 100 % напечатано без слова сравнения; прочитано как «не менее 100 %» (для 100 % это то же, что «равно 100 %», доля не бывает больше 100). Горизонт — «К 2024 году» из цели программы (2023/24 учебный год).",
        en:
          "The 100 % is printed without a comparison word; read as «at least 100 %» (for 100 % the same as «equal to 100 %», a share cannot exceed 100). Horizon is «by 2024» from the programme goal (academic year 2023/24)."
      )),
    PackDeclarations.reported(
      id: "amur.schools_programme_correction_share",
      title: LocalizedText(
        ru:
          "Доля школ, осуществляющих регулярную коррекцию школьной программы повышения качества образования на основе данных стандартизированных процедур оценки качества образования",
        en:
          "Share of schools that regularly revise their school quality-improvement programme using data from standardised assessments"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 80],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 11",
      quote:
        "11. 80 % школ осуществляют регулярную коррекцию школьной программы повышения качества образования на основе данных стандартизированных процедур оценки качества образования.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 80 % напечатано без слова сравнения; прочитано как «не менее 80 %». Горизонт — «К 2024 году» из цели программы (2023/24 учебный год).",
        en:
          "The 80 % is printed without a comparison word; read as «at least 80 %». Horizon is «by 2024» from the programme goal (academic year 2023/24)."
      )),
    PackDeclarations.reported(
      id: "amur.schools_programme_linked_to_school_qa_share",
      title: LocalizedText(
        ru:
          "Доля школ — участников программы, в которых показатели реализации программы, оценки качества образования коррелируются со школьной системой оценки качества",
        en:
          "Share of participating schools where the programme's indicators and quality assessment are aligned with the school's own quality-assessment system"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 80],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 12",
      quote:
        "12. 80% школ участвуют в реализации программы, в которых показатели реализации программы, оценки качества образования коррелируются со школьной системой оценки качества.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 80 % напечатано без слова сравнения; прочитано как «не менее 80 %». Горизонт — «К 2024 году» из цели программы (2023/24 учебный год).",
        en:
          "The 80 % is printed without a comparison word; read as «at least 80 %». Horizon is «by 2024» from the programme goal (academic year 2023/24)."
      )),
    PackDeclarations.reported(
      id: "amur.schools_open_reporting_share",
      title: LocalizedText(
        ru:
          "Доля школ, отражающих процесс реализации программы по повышению качества образования в открытых информационных источниках",
        en:
          "Share of schools that report the progress of the quality programme in open sources (school and department websites, education portals, network communities)"
      ),
      unit: .percent, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2024: 100],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 13",
      quote:
        "13. 100% школ отражают процесс реализации программы по повышению качества образования в открытых информационных источниках (сайты образовательных учреждений, управления образования, образовательныепорталы и сетевые сообщества).",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 100 % напечатано без слова сравнения; прочитано как «не менее 100 %» (для 100 % это то же, что «равно 100 %», доля не бывает больше 100). Горизонт — «К 2024 году» из цели программы (2023/24 учебный год).",
        en:
          "The 100 % is printed without a comparison word; read as «at least 100 %» (for 100 % the same as «equal to 100 %», a share cannot exceed 100). Horizon is «by 2024» from the programme goal (academic year 2023/24)."
      )),
    PackDeclarations.positiveDynamics(
      id: "amur.schools_additional_education_dynamics_share",
      title: LocalizedText(
        ru:
          "Доля школ, достигших положительной динамики вовлечения обучающихся в программы дополнительного образования",
        en:
          "Share of schools with positive dynamics in students' involvement in additional-education programmes"
      ),
      comparison: .atLeast, plan: [2024: 100],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 14",
      quote:
        "14. 100% школ достигли положительной динамики вовлечения обучающихся в программы дополнительного образования.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 100 % напечатано без слова сравнения; прочитано как «не менее 100 %» (для 100 % это то же, что «равно 100 %», доля не бывает больше 100). Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Вычисляется: доля школ, у которых additional_education.coverage_percent вырос с года Y−1 к году Y (среди школ с обоими значениями).",
        en:
          "The 100 % is printed without a comparison word; read as «at least 100 %» (for 100 % the same as «equal to 100 %», a share cannot exceed 100). Horizon is «by 2024» from the programme goal (academic year 2023/24). Computed: the share of schools whose additional_education.coverage_percent rose from year Y−1 to Y (among schools with both values)."
      ),
      metric: "additional_education.coverage_percent"),
    PackDeclarations.positiveDynamics(
      id: "amur.schools_olympiad_dynamics_share",
      title: LocalizedText(
        ru:
          "Доля школ, достигших положительной динамики при участии в олимпиадах, конкурсах школьного и муниципального уровня",
        en:
          "Share of schools with positive dynamics in participation in school- and municipal-level olympiads and contests"
      ),
      comparison: .atLeast, plan: [2024: 50],
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Целевые индикаторы, п. 15",
      quote:
        "15. 50% школ достигли положительной динамики при участии в олимпиадах, конкурсах школьного и муниципального уровня.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 50 % напечатано без слова сравнения; прочитано как «не менее 50 %». Горизонт — «К 2024 году» из цели программы (2023/24 учебный год). Вычисляется как доля школ с ростом olympiad.participation_percent от Y−1 к Y. Оговорка: метрика словаря считает участие в региональных и всероссийских олимпиадах и конкурсах, а документ говорит о школьном и муниципальном уровне — это ближайшая метрика, не точная; при наличии данных школьного/муниципального уровня их лучше сообщать вручную.",
        en:
          "The 50 % is printed without a comparison word; read as «at least 50 %». Horizon is «by 2024» from the programme goal (academic year 2023/24). Computed as the share of schools whose olympiad.participation_percent rose from Y−1 to Y. Caveat: the dictionary metric counts regional and all-Russian olympiads and contests, while the document speaks of school and municipal level — the closest metric, not an exact one; where school/municipal-level data exist, report them by hand instead."
      ),
      metric: "olympiad.participation_percent"),
    PackDeclarations.reported(
      id: "amur.effective_mode_schools_count",
      title: LocalizedText(
        ru: "Количество школ с практиками перехода в эффективный режим работы",
        en: "Number of schools with practices of moving into effective operating mode"),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 2],
      source: "002_b8ad0e30ae99d723.txt",
      section:
        "Мероприятия Программы, II, п. 2.4 (планируемый результат); Паспорт программы — Ожидаемые результаты",
      quote: "Практики перехода школ в эффективный режим работы не менее 2-х школ",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Мероприятие 2.4 даёт «не менее 2-х школ» «В течение всего периода»; паспорт в ожидаемых результатах говорит «в эффективный режим функционирования двух школ» без слова сравнения — одно и то же число, прочитано как «не менее 2» к концу программы 2019–2021 (план на 2021 год). Нарастающий итог за программу; сообщается вручную.",
        en:
          "Measure 2.4 gives «at least 2 schools» «throughout the period»; the passport's expected results say «into effective operation of two schools» without a comparison word — the same number, read as «at least 2» by the end of the 2019–2021 programme (plan for 2021). A cumulative count over the programme; reported by hand."
      )),
    PackDeclarations.reported(
      id: "amur.monitoring_consultations_count",
      title: LocalizedText(
        ru:
          "Количество консультаций образовательным организациям по проведению регионального мониторинга образовательных достижений учащихся и сбору контекстных данных",
        en:
          "Number of consultations given to schools on running the regional monitoring of student achievement and collecting contextual data"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2020: 4, 2021: 4],
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.3 (планируемый результат)",
      quote:
        "Оказание образовательным организациям методической и организационной помощи в проведении мониторинга образовательных достижений учащихся и сборе контекстных данных. Проведение не менее 4-х консультаций",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Срок мероприятия «Ежегодно» — прочитано как не менее 4 консультаций в каждом учебном году программы 2019–2021 (2019/20 и 2020/21; выведено). Сообщается вручную.",
        en:
          "The measure's timing is «annually» — read as at least 4 consultations in each academic year of the 2019–2021 programme (2019/20 and 2020/21; derived). Reported by hand."
      )),
    PackDeclarations.reported(
      id: "amur.programme_consultations_count",
      title: LocalizedText(
        ru:
          "Количество консультаций по реализации программ повышения качества ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты",
        en:
          "Number of consultations supporting the quality-improvement programmes of schools in unfavourable social conditions with low results"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 4],
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.4 (планируемый результат)",
      quote:
        "Помощь в реализации школьных программ повышения качества, контроль выполнения плановых мероприятий (не менее 4-х консультаций).",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Срок мероприятия «В течение всего периода» — прочитано как не менее 4 консультаций нарастающим итогом за программу 2019–2021, к 2021 году (выведено; документ не говорит «в год»). Сообщается вручную.",
        en:
          "The measure runs «throughout the period» — read as at least 4 consultations cumulatively over the 2019–2021 programme, due by 2021 (derived; the document does not say «per year»). Reported by hand."
      )),
    PackDeclarations.reported(
      id: "amur.teachers_course_coverage_share",
      title: LocalizedText(
        ru:
          "Охват курсовой подготовкой педагогических работников ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты",
        en:
          "Share of teachers of schools in unfavourable social conditions with low results covered by professional-development courses"
      ),
      unit: .percent, level: .school, better: .positive,
      comparison: .atLeast, plan: [2020: 100, 2021: 100],
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.8 (планируемый результат)",
      quote:
        "Охват курсовой подготовкой 100% педагогических работников ОО, функционирующих в неблагоприятных социальных условиях и показывающих низкие результаты.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 100 % без слова сравнения; прочитано как «не менее 100 %» (то же, что «равно 100 %»). Мониторинг 1.1.8 — «Сентябрь, ежегодно», поэтому цель действует в каждом учебном году программы (2019/20, 2020/21; выведено). Показатель школы; сообщается по школам, муниципальное значение — простое среднее. Метрика staff.quality_training_percent не подходит: она считает повышение квалификации именно по проблеме качества образования, а здесь — любую курсовую подготовку.",
        en:
          "The 100 % has no comparison word; read as «at least 100 %» (the same as «equal to 100 %»). Monitoring 1.1.8 is «September, annually», so the target holds in every academic year of the programme (2019/20, 2020/21; derived). A school-level share; reported per school, the municipal value is the plain mean. The metric staff.quality_training_percent does not fit: it counts training on education quality specifically, this counts any course-based training."
      )),
    PackDeclarations.reported(
      id: "amur.coach_seminars_count",
      title: LocalizedText(
        ru:
          "Количество обучающих семинаров по организации команд обучающихся учителей (КОУЧей) и применению современных педагогических технологий",
        en:
          "Number of training seminars on organising teacher learning teams (КОУЧ) and on modern teaching technologies"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2020: 2, 2021: 2],
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, II, п. 2.5 (планируемый результат)",
      quote: "Проведение 2-х семинаров",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Число 2 без слова сравнения; прочитано как «не менее 2». Срок «Сентябрь, ежегодно» — прочитано как 2 семинара в каждом учебном году программы (2019/20, 2020/21; выведено). Сообщается вручную.",
        en:
          "The 2 has no comparison word; read as «at least 2». Timing «September, annually» — read as 2 seminars in each academic year of the programme (2019/20, 2020/21; derived). Reported by hand."
      )),
    PackDeclarations.reported(
      id: "amur.media_publications_count",
      title: LocalizedText(
        ru: "Количество публикаций в СМИ о реализации мероприятий Программы в год",
        en: "Number of media publications per year on the programme's measures"),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2020: 2, 2021: 2],
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, III, п. 3.2 (планируемый результат)",
      quote: "Размещение не менее 2-х публикаций в год",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«в год» — цель на каждый учебный год программы 2019–2021 (2019/20, 2020/21). Сообщается вручную.",
        en:
          "«per year» — a target for every academic year of the 2019–2021 programme (2019/20, 2020/21). Reported by hand."
      )),
    PackDeclarations.aggregate(
      id: "amur.additional_education_coverage",
      title: LocalizedText(
        ru:
          "Доля обучающихся, охваченных дополнительным образованием (документ: «Снижена доля обучающихся не охваченных дополнительным образованием»)",
        en:
          "Share of students enrolled in additional education (the document: «the share of students not enrolled in additional education has decreased»)"
      ),
      unit: .percent, level: .municipality, better: .positive,
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, II, п. 2.9 (планируемый результат)",
      quote: "Снижена доля обучающихся не охваченных дополнительным образованием",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ задаёт только направление (снижение доли не охваченных), без числа — цели нет. Доля не охваченных = 100 − доля охваченных, поэтому показатель записан через охваченных (больше — лучше) и вычисляется из additional_education.coverage_percent школ, среднее взвешено по числу обучающихся (доля людей). Выполнение читается по тренду.",
        en:
          "The document gives only a direction (a lower share of students not enrolled), no number — no target. Not enrolled = 100 − enrolled, so the indicator is written as the enrolled share (more is better) and computed from the schools' additional_education.coverage_percent, enrolment-weighted (a share of people). Achievement is read from the trend."
      ),
      metric: "additional_education.coverage_percent", aggregation: .enrolmentWeightedMean),
  ]
}
