import QualityKit

extension Amur {
  /// The monitoring procedures of seeds 000 (г. Свободный) and 002 (Михайловский район), with the periodicity the document gives (or
  /// the reading of it stated in the procedure's notes) and a verbatim quote.
  public static let monitoring: [MonitoringProcedure] = [
    PackDeclarations.procedure(
      id: "amur.shnor_identification_swot",
      title: LocalizedText(
        ru: "Мониторинг выявления ШНОР (SWOT-анализ)",
        en: "Monitoring to identify schools with low results (SWOT analysis)"),
      periodicity: .timesPerYear(1),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "Раздел 3. Механизмы выявления ШНРО и ШНСУ — «При реализации программы проводятся мониторинги»",
      quote:
        "мониторинг выявления ШНОР (SWOT-анализ) - 1 раз в год - мониторинг позволяет оценить внешние и внутренние факторы, влияющие на образовательную деятельность ШНОР и ШНСУ, выявляются угрозы, «группы риска», возможности ОУ.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«1 раз в год» — один период на учебный год (сентябрь–август), срок — 31 августа; месяц документ не называет. То же в паспорте («мониторинг выявления ШНОР - 1 раз в год») и в разделе 3 («SWOT-анализ, который проводится один раз в год»). Ответственный не указан.",
        en:
          "«once a year» — one span per academic year (September–August), due 31 August; the document names no month. The same in the passport and in section 3 («a SWOT analysis carried out once a year»). No responsible role is given."
      )),
    PackDeclarations.procedure(
      id: "amur.teacher_competences",
      title: LocalizedText(
        ru:
          "Мониторинг профессиональных (в том числе предметных) компетенций педагогических работников",
        en: "Monitoring of teachers' professional (including subject) competences"),
      periodicity: .timesPerYear(2),
      responsible: LocalizedText(
        ru: "Начальник Управления образования г. Свободного; муниципальный координатор",
        en: "Head of the Education Department of Svobodny; municipal coordinator"),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "Раздел 3. Механизмы выявления ШНРО и ШНСУ — «При реализации программы проводятся мониторинги»",
      quote:
        "система мониторинга для оценки профессиональных (в том числе предметных) компетенций педагогических работников, с последующим составлением программы индивидуального развития педагога, на основе выявленных дефицитов - 2 раза в год.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«2 раза в год» прочитано как два периода учебного года: сентябрь–февраль и март–август, срок — конец периода. По итогам составляется программа индивидуального развития педагога. Ответственный взят из п. 14 плана мероприятий «Мониторинг по выявлению профессиональных дефицитов педагогов и управленцев» (2022–2024; начальник Управления образования, муниципальный координатор) — это та же процедура в плане, отдельно не кодируется (выведено).",
        en:
          "«twice a year» read as two spans of the academic year, September–February and March–August, each due at its end. Each round ends with an individual development programme per teacher. The responsible roles come from plan item 14 «monitoring to identify professional deficits of teachers and managers» (2022–2024; head of the Education Department, municipal coordinator) — the same procedure in the plan, not encoded separately (derived)."
      )),
    PackDeclarations.procedure(
      id: "amur.project_effectiveness",
      title: LocalizedText(
        ru:
          "Мониторинг результативности проектов повышения качества образования в ОУ (дистанционный, выездной)",
        en:
          "Monitoring of the effectiveness of schools' quality-improvement projects (remote and on-site)"
      ),
      periodicity: .timesPerYear(2),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "Раздел 3. Механизмы выявления ШНРО и ШНСУ — «При реализации программы проводятся мониторинги»",
      quote:
        "мониторинг результативности проектов повышения качества образования в ОУ города (дистанционный, выездной) - 2 раза в год;",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«2 раза в год» прочитано как два периода учебного года: сентябрь–февраль и март–август, срок — конец периода. Паспорт называет его только «(выездной)». Ответственный не указан.",
        en:
          "«twice a year» read as two spans of the academic year, September–February and March–August, each due at its end. The passport calls it «on-site» only. No responsible role is given."
      )),
    PackDeclarations.procedure(
      id: "amur.management_effectiveness",
      title: LocalizedText(
        ru: "Мониторинг эффективности управленческой деятельности (дистанционный)",
        en: "Monitoring of the effectiveness of school management (remote)"),
      periodicity: .timesPerYear(4),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "Раздел 3. Механизмы выявления ШНРО и ШНСУ — «При реализации программы проводятся мониторинги»",
      quote: "мониторинг эффективности управленческой деятельности (дистанционный) - 4 раза в год;",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Прочитано как четыре периода учебного года: сентябрь–ноябрь, декабрь–февраль, март–май, июнь–август, срок — конец периода. Ответственный не указан.",
        en:
          "Read as four spans of the academic year: September–November, December–February, March–May, June–August, each due at its end. No responsible role is given."
      )),
    PackDeclarations.procedure(
      id: "amur.education_quality",
      title: LocalizedText(
        ru: "Мониторинг качества образования в ОУ (по итогам четверти/полугодия)",
        en: "Monitoring of education quality in schools (after each term / half-year)"),
      periodicity: .timesPerYear(4),
      source: "000_2047c6b8ed2e3828.txt",
      section: "Раздел 1. Паспорт Программы — Мониторинг реализации программы",
      quote:
        "мониторинг качества образования в ОУ - 4 раза в год по итогам четверти/полугодия (внеплановый/плановый).",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Прочитано как четыре периода учебного года: сентябрь–ноябрь, декабрь–февраль, март–май, июнь–август, срок — конец периода. Документ привязывает мониторинг к итогам четвертей/полугодия; четыре равных периода — приближение к школьным четвертям (выведено). Бывает плановым и внеплановым; внеплановые не календаризуются. Ответственный не указан.",
        en:
          "Read as four spans of the academic year: September–November, December–February, March–May, June–August, each due at its end. The document ties it to the results of each term/half-year; four equal spans approximate the school terms (derived). It can be planned or unplanned; unplanned rounds are not put on the calendar. No responsible role is given."
      )),
    PackDeclarations.procedure(
      id: "amur.working_group_meeting",
      title: LocalizedText(
        ru: "Заседание муниципальной рабочей группы (анализ эффективности принятых мер)",
        en:
          "Meeting of the municipal working group (analysis of the effectiveness of the measures taken)"
      ),
      periodicity: .timesPerYear(4),
      responsible: LocalizedText(
        ru: "Муниципальный координатор",
        en: "Municipal coordinator"),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "План мероприятий по повышению качества образования в общеобразовательных организациях — Нормативно-организационное обеспечение, п. 5",
      quote:
        "5 Заседание м униципальной рабочей группы 1 раз в четверть ежегодно А нализ эффективности принятых мер",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Прочитано как четыре периода учебного года: сентябрь–ноябрь, декабрь–февраль, март–май, июнь–август, срок — конец периода. «1 раз в четверть ежегодно» — раз в школьную четверть, четыре раза в учебном году; четыре равных периода — приближение к четвертям (выведено).",
        en:
          "Read as four spans of the academic year: September–November, December–February, March–May, June–August, each due at its end. «once a term, every year» — once per school term, four times per academic year; four equal spans approximate the terms (derived)."
      )),
    PackDeclarations.procedure(
      id: "amur.reflective_dialogue",
      title: LocalizedText(
        ru: "Рефлексивно-аналитический диалог с управленцами школ",
        en: "Reflective-analytical dialogue with school managers"),
      periodicity: .timesPerYear(4),
      responsible: LocalizedText(
        ru: "Муниципальная рабочая группа",
        en: "Municipal working group"),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "План мероприятий по повышению качества образования в общеобразовательных организациях — Нормативно-организационное обеспечение, п. 6",
      quote:
        "6 Реф лексивно-аналитический диалог с управленцами ш кол 1 раз в четверть ежегодно разработка адресных реком ендаций О У города по итогам четверти, полугодия",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Прочитано как четыре периода учебного года: сентябрь–ноябрь, декабрь–февраль, март–май, июнь–август, срок — конец периода. «1 раз в четверть ежегодно»; итог — адресные рекомендации школам по итогам четверти, полугодия, года.",
        en:
          "Read as four spans of the academic year: September–November, December–February, March–May, June–August, each due at its end. «once a term, every year»; the output is targeted recommendations to schools after each term, half-year and year."
      )),
    PackDeclarations.procedure(
      id: "amur.management_projects_2022_11",
      title: LocalizedText(
        ru: "Муниципальный мониторинг реализации управленческих проектов в ОУ (ноябрь 2022)",
        en: "Municipal monitoring of schools' management projects (November 2022)"),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2022, month: 11, day: 1),
        to: CalendarDate(clampingYear: 2022, month: 11, day: 30)),
      responsible: LocalizedText(
        ru: "Начальник Управления образования г. Свободного; муниципальный координатор",
        en: "Head of the Education Department of Svobodny; municipal coordinator"),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "План мероприятий по повышению качества образования в общеобразовательных организациях — Мониторинг, п. 21",
      quote:
        "О рганизация и проведение м униципальны х м ониторингов по реализации управленческих проектов в О У : … Н оябрь 2022, м ай 2023",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Первый из двух датированных раундов «Ноябрь 2022, май 2023»; весь ноябрь 2022 (2022/23 учебный год). Охватывает результаты школ в динамике, ШСОКО и работу с результатами оценочных процедур, выявление профдефицитов, сетевые ресурсы, новые инструменты управления, изменение образовательной среды.",
        en:
          "The first of the two dated rounds «November 2022, May 2023»; the whole of November 2022 (academic year 2022/23). Covers schools' results over time, the school quality-assessment system and use of assessment results, identification of professional deficits, network resources, new management tools, change of the learning environment."
      )),
    PackDeclarations.procedure(
      id: "amur.management_projects_2023_05",
      title: LocalizedText(
        ru: "Муниципальный мониторинг реализации управленческих проектов в ОУ (май 2023)",
        en: "Municipal monitoring of schools' management projects (May 2023)"),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2023, month: 5, day: 1),
        to: CalendarDate(clampingYear: 2023, month: 5, day: 31)),
      responsible: LocalizedText(
        ru: "Начальник Управления образования г. Свободного; муниципальный координатор",
        en: "Head of the Education Department of Svobodny; municipal coordinator"),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "План мероприятий по повышению качества образования в общеобразовательных организациях — Мониторинг, п. 21",
      quote:
        "О рганизация и проведение м униципальны х м ониторингов по реализации управленческих проектов в О У : … Н оябрь 2022, м ай 2023",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Второй из двух датированных раундов «Ноябрь 2022, май 2023»; весь май 2023 (2022/23 учебный год).",
        en:
          "The second of the two dated rounds «November 2022, May 2023»; the whole of May 2023 (academic year 2022/23)."
      )),
    PackDeclarations.procedure(
      id: "amur.assessment_results_annual",
      title: LocalizedText(
        ru:
          "Ежегодный мониторинг результатов оценочных процедур федерального и регионального уровня (ЕГЭ, ОГЭ, ВПР)",
        en: "Annual monitoring of federal and regional assessment results (ЕГЭ, ОГЭ, ВПР)"),
      periodicity: .timesPerYear(1),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "Раздел 2. Анализ состояния качества образования в образовательных организациях г. Свободного на основе мониторинговых исследований",
      quote:
        "Ежегодно в муниципалитете проводится мониторинг результатов оценочных процедур различного уровня: федерального, регионального, представляются результаты ЕГЭ и ОГЭ по муниципалитету в аналитико-статистических материалах, … ведутся мониторинги по результатам всероссийских проверочных работ.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Ежегодно» без месяца — один период на учебный год (сентябрь–август), срок — 31 августа (выведено). Сюда же относится анализ ВПР по маркерам необъективности, описанный в том же разделе. Ответственный не указан.",
        en:
          "«Annually» with no month — one span per academic year (September–August), due 31 August (derived). The analysis of ВПР by objectivity markers described in the same section belongs here. No responsible role is given."
      )),
    PackDeclarations.procedure(
      id: "amur.monitoring_support",
      title: LocalizedText(
        ru:
          "Информационное, аналитическое сопровождение входного, промежуточного, итогового мониторинговых процедур",
        en: "Informational and analytical support of the entry, interim and final monitoring"),
      periodicity: .continuous,
      responsible: LocalizedText(
        ru: "Начальник Управления образования г. Свободного; муниципальный координатор",
        en: "Head of the Education Department of Svobodny; municipal coordinator"),
      source: "000_2047c6b8ed2e3828.txt",
      section:
        "План мероприятий по повышению качества образования в общеобразовательных организациях — Мониторинг, п. 22",
      quote:
        "Обеспечение инф ормационного, аналитического сопровож дения входного, промеж уточного, итогового мониторинговы х процедур 2022-2024",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Срок «2022-2024» — весь срок программы; прочитано как постоянная процедура (в календарь не ставится, не просрочивается).",
        en:
          "Timing «2022-2024» — the whole programme; read as continuous (listed, not dated, never overdue)."
      )),
    PackDeclarations.procedure(
      id: "amur.initial_monitoring_isb",
      title: LocalizedText(
        ru:
          "Первичные мониторинговые исследования на муниципальном уровне и самообследования ОО, диагностика индекса социального благополучия (ИСБ) школ",
        en:
          "Initial municipal monitoring and school self-assessment, including the diagnostic of the schools' social-wellbeing index (ИСБ)"
      ),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2019, month: 9, day: 1),
        to: CalendarDate(clampingYear: 2019, month: 10, day: 31)),
      responsible: LocalizedText(
        ru:
          "Районный отдел образования (РОО); общеобразовательные организации; МУ «Методический центр»",
        en:
          "District education department (РОО); the schools; the municipal Methodical Centre (МУ «МЦ»)"
      ),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.2",
      quote:
        "Проведение первичных мониторинговых исследований на муниципальном уровне и самообследований на уровне ОО в соответствии с критериями оценки эффективности работы школ (Проведение диагностики по определению индекса социального благополучия (ИСБ) школ). … октябрь 2019 РОО, ОО, МЦ «МЦ»",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Сентябрь-октябрь 2019» (слово «Сентябрь-» стоит в конце строки перед «октябрь») — один раз, с 1 сентября по 31 октября 2019 (2019/20 учебный год). Ответственный «МЦ «МЦ»» напечатан с ошибкой; прочитан как МУ «МЦ» (как в остальных пунктах).",
        en:
          "«September–October 2019» («Сентябрь-» ends the line before «октябрь») — once, 1 September to 31 October 2019 (academic year 2019/20). The printed «МЦ «МЦ»» is a typo, read as МУ «МЦ» as in the other items."
      )),
    PackDeclarations.procedure(
      id: "amur.regional_achievement_monitoring",
      title: LocalizedText(
        ru: "Региональный мониторинг образовательных достижений учащихся и сбор контекстных данных",
        en: "Regional monitoring of student achievement and collection of contextual data"),
      periodicity: .timesPerYear(1),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.3",
      quote:
        "1.1.3 Организация проведения регионального мониторинга образовательных … Ежегодно … ний учащихся Оказание образовательным организациям методической и организационной помощи в проведении мониторинга образовательных достижений учащихся и сборе контекстных данных.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Ежегодно» без месяца — один период на учебный год (сентябрь–август), срок — 31 августа (выведено). Слово «Ежегодно» напечатано внутри разорванного переносом слова «достиже-ний» (столбцы таблицы). Ответственный не указан; мониторинг региональный, муниципалитет организует его проведение и помогает школам.",
        en:
          "«Annually» with no month — one span per academic year (September–August), due 31 August (derived). «Ежегодно» is printed inside the hyphen-split word «достиже-ний» (table columns interleaved). No responsible role is given; the monitoring is regional, the municipality organises it locally and helps the schools."
      )),
    PackDeclarations.procedure(
      id: "amur.staff_achievement_monitoring",
      title: LocalizedText(
        ru: "Мониторинг достижений педагогического и управленческого состава",
        en: "Monitoring of the achievements of teaching and management staff"),
      periodicity: .once(
        from: CalendarDate(clampingYear: 2019, month: 12, day: 1),
        to: CalendarDate(clampingYear: 2019, month: 12, day: 31)),
      responsible: LocalizedText(
        ru: "Районный отдел образования (РОО); МУ «Методический центр»",
        en: "District education department (РОО); the municipal Methodical Centre (МУ «МЦ»)"),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.5",
      quote:
        "1.1.5 Разработка и реализация мониторинга достижений педагогического и управленческого состава Декабрь 2019 РОО, МУ «МЦ»",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Декабрь 2019» — срок разработки и запуска мониторинга (декабрь 2019, 2019/20 учебный год); дальнейшая периодичность документом не указана.",
        en:
          "«December 2019» — when the monitoring is designed and launched (December 2019, academic year 2019/20); the document gives no periodicity after that."
      )),
    PackDeclarations.procedure(
      id: "amur.equipment_monitoring",
      title: LocalizedText(
        ru: "Мониторинг обеспеченности образовательных учреждений оборудованием",
        en:
          "Monitoring of schools' provision with the equipment needed for the educational programmes"
      ),
      periodicity: .annually(from: .september, to: .september),
      responsible: LocalizedText(
        ru: "Районный отдел образования (РОО)",
        en: "District education department (РОО)"),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.7",
      quote:
        "1.1.7 Организация мониторинга обеспеченности образовательных учреждений оборудованием, необходимым для обеспечения полной реализации образовательных программ. Сентябрь ежегодно РОО",
      kind: .stated),
    PackDeclarations.procedure(
      id: "amur.teacher_qualification_monitoring",
      title: LocalizedText(
        ru:
          "Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложных социальных контекстах",
        en:
          "Monitoring of whether teachers of schools in difficult social contexts meet the qualification requirements"
      ),
      periodicity: .annually(from: .september, to: .september),
      responsible: LocalizedText(
        ru: "МУ «Методический центр»",
        en: "The municipal Methodical Centre (МУ «МЦ»)"),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.1, п. 1.1.8",
      quote:
        "1.1.8 Мониторинг соответствия квалификационным требованиям педагогов ОО, работающих в сложных социальных контекстах: регулярность прохождения курсов повышения квалификации педагогическими работниками ОО, … Сентябрь, ежегодно МУ «МЦ»",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Планируемый результат — охват курсовой подготовкой 100 % педагогов (см. индикатор amur.teachers_course_coverage_share).",
        en:
          "Planned result: 100 % of the teachers covered by courses (see indicator amur.teachers_course_coverage_share)."
      )),
    PackDeclarations.procedure(
      id: "amur.teacher_incentives_quarterly",
      title: LocalizedText(
        ru:
          "Стимулирование педагогов, показывающих максимальное и стабильное улучшение образовательных результатов учащихся",
        en:
          "Incentive payments to teachers whose students show the greatest and most stable improvement in results"
      ),
      periodicity: .timesPerYear(4),
      responsible: LocalizedText(
        ru: "Общеобразовательная организация",
        en: "The school"),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, I, 1.3, п. 1.3.4",
      quote:
        "1.3.4 Обеспечить стимулирование педагогов, показывающих максимальное и стабильное улучшение образовательных результатов учащихся 1 раз в квартал ОО",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Прочитано как четыре периода учебного года: сентябрь–ноябрь, декабрь–февраль, март–май, июнь–август, срок — конец периода. Это мера финансового стимулирования, а не мониторинг в собственном смысле; включена как периодическая процедура, потому что каждый раз требует оценки динамики результатов (выведено). Календарные кварталы приближены четырьмя периодами учебного года.",
        en:
          "Read as four spans of the academic year: September–November, December–February, March–May, June–August, each due at its end. This is an incentive measure rather than monitoring proper; it is listed as a periodic procedure because each round requires a review of result dynamics (derived). Calendar quarters are approximated by the four spans of the academic year."
      )),
    PackDeclarations.procedure(
      id: "amur.support_programme_data",
      title: LocalizedText(
        ru:
          "Предоставление данных для промежуточного и итогового мониторинга программ поддержки школ, функционирующих в неблагоприятных социальных условиях",
        en:
          "Supplying data for the interim and final monitoring of support programmes for schools in unfavourable social conditions"
      ),
      periodicity: .timesPerYear(4),
      responsible: LocalizedText(
        ru: "Районный отдел образования (РОО); общеобразовательные организации",
        en: "District education department (РОО); the schools"),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, II, п. 2.1",
      quote:
        "2.1 Организовать предоставление данных для промежуточного и итогового мониторинга программ поддержки школ, функционирующих в неблагоприятных социальных условиях. … 1 раз в квартал, ежегодно РОО, ОО Данные в АмИРО",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Прочитано как четыре периода учебного года: сентябрь–ноябрь, декабрь–февраль, март–май, июнь–август, срок — конец периода. «1 раз в квартал, ежегодно» — каждый квартал каждого года; календарные кварталы приближены четырьмя периодами учебного года (выведено). Данные передаются в АмИРО.",
        en:
          "Read as four spans of the academic year: September–November, December–February, March–May, June–August, each due at its end. «once a quarter, every year»; calendar quarters are approximated by the four spans of the academic year (derived). The data go to АмИРО (the Amur institute for education development)."
      )),
    PackDeclarations.procedure(
      id: "amur.monitoring_summary_best_schools",
      title: LocalizedText(
        ru:
          "Подведение итогов мониторинга, отбор школ с лучшими результатами, итоги мониторинга перевода школ в эффективный режим работы",
        en:
          "Summing up the monitoring, selecting the schools with the best results and reviewing the transfer to effective mode"
      ),
      periodicity: .annually(from: .august, to: .august),
      responsible: LocalizedText(
        ru: "Районный отдел образования (РОО); общеобразовательные организации",
        en: "District education department (РОО); the schools"),
      source: "002_b8ad0e30ae99d723.txt",
      section: "Мероприятия Программы, II, п. 2.2",
      quote:
        "2.2 Организовать подведение итогов мониторинга и отбор школ муниципалитета, показавших лучшие результаты по итогам реализации программ поддержки. … Август, ежегодно РОО, ОО Список школ, показавших лучшие результаты по итогам реализации программ поддержки.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Август, ежегодно» — каждый август, в конце учебного года. Итог — список школ с лучшими результатами и корректировка программ перехода.",
        en:
          "«August, annually» — every August, at the end of the academic year. Output: the list of best-performing schools and revised transfer programmes."
      )),
  ]
}
