import QualityKit

extension Krasnodar {
  /// The monitoring procedures of seed 004 (Тбилисский район), with the periodicity the document gives (or
  /// the reading of it stated in the procedure's notes) and a verbatim quote.
  public static let monitoring: [MonitoringProcedure] = [
    PackDeclarations.procedure(
      id: "krasnodar.assessment_results_annual",
      title: LocalizedText(
        ru:
          "Мониторинг результатов оценочных процедур федерального, регионального и муниципального уровня",
        en: "Monitoring of the results of federal, regional and municipal assessment procedures"),
      periodicity: .timesPerYear(1),
      source: "004_a21e3c7c7266135d.txt",
      section: "2. Описание текущей ситуации и обоснование необходимости реализации Программы",
      quote:
        "Ежегодно в районе проводится мониторинг результатов оценочных процедур различного уровня: федерального, регионального, муниципального.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Ежегодно» — один период на учебный год (сентябрь–август), срок — 31 августа; месяц не назван. Описана сложившаяся практика района, которую программа продолжает (пп. 2.2–2.3 плана). Ответственный не указан.",
        en:
          "«Annually» — one span per academic year (September–August), due 31 August; no month is named. It describes the district's existing practice, which the programme continues (plan items 2.2–2.3). No responsible role is given."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.development_programmes_analysis",
      title: LocalizedText(
        ru:
          "Анализ программ развития ОО, школьных управленческих проектов, использования модуля МСОКО, учебных планов и рабочих программ педагогов",
        en:
          "Analysis of school development programmes, school management projects, use of the municipal quality-assessment module (МСОКО), curricula and teachers' work programmes"
      ),
      periodicity: .annually(from: .september, to: .november),
      responsible: LocalizedText(
        ru:
          "Главный специалист управления образованием (куратор Программы); директор МКУ «МЦ СДПО» (ответственный исполнитель Программы)",
        en:
          "Chief specialist of the district education administration (programme curator); director of the methodical centre МКУ «МЦ СДПО» (responsible executor)"
      ),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.1",
      quote:
        "2.1 Проведение анализа программ развития ОО, школьных управленческих проектов по повышению эффективности управления качеством образования на муниципальном уровне, использования модуля МСОКО, учебных планов и рабочих программ педагогов … сентябрь … ноябрь",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "«сентябрь- ноябрь» без года; прочитано как каждый учебный год программы 2021–2024, сентябрь–ноябрь (9..11) (выведено). Результат — изменения в программах развития и рабочих программах (100 %), участники используют модуль МСОКО. Ответственные даны в плане фамилиями; роли взяты из паспорта (куратор — главный специалист управления образованием, ответственный исполнитель — директор МКУ «МЦ СДПО»); третье названное должностное лицо без указания роли опущено.",
        en:
          "«September–November» without a year; read as every academic year of the 2021–2024 programme, September–November (9..11) (derived). Output: changes to development and work programmes (100 %), participants use the МСОКО module. The plan names the responsible people; their roles come from the passport (curator — chief specialist of the education administration; responsible executor — director of МКУ «МЦ СДПО»); the third named official, whose role is not stated, is left out."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.comparative_studies_participation",
      title: LocalizedText(
        ru:
          "Мониторинг участия в региональных, российских и международных сопоставительных исследованиях (ВПР, НИКО, РСОКО) и анализ результатов",
        en:
          "Monitoring of participation in regional, national and international comparative studies (ВПР, НИКО, РСОКО) and analysis of the results"
      ),
      periodicity: .asScheduled,
      responsible: LocalizedText(
        ru:
          "Главный специалист управления образованием (куратор Программы); директор МКУ «МЦ СДПО» (ответственный исполнитель Программы)",
        en:
          "Chief specialist of the district education administration (programme curator); director of the methodical centre МКУ «МЦ СДПО» (responsible executor)"
      ),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.2",
      quote:
        "2.2 Мониторинг участия в региональных, российских и международных сопоставительных исследованиях образовательных достижений школьников начального, основного, среднего общего образования (ВПР, НИКО, РСОКО) и анализ результатов … по графику",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«по графику» — по графику проведения исследований (ВПР, НИКО, РСОКО); даты в программе не даны. Ответственные даны в плане фамилиями; роли взяты из паспорта (куратор — главный специалист управления образованием, ответственный исполнитель — директор МКУ «МЦ СДПО»); третье названное должностное лицо без указания роли опущено.",
        en:
          "«as scheduled» — on the studies' own schedule (ВПР, НИКО, РСОКО); the programme gives no dates. The plan names the responsible people; their roles come from the passport (curator — chief specialist of the education administration; responsible executor — director of МКУ «МЦ СДПО»); the third named official, whose role is not stated, is left out."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.results_task_analysis",
      title: LocalizedText(
        ru: "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам",
        en: "Results monitoring: item-level analysis of ВПР, ОГЭ and ЕГЭ by subject"),
      periodicity: .asScheduled,
      responsible: LocalizedText(
        ru:
          "Главный специалист управления образованием (куратор Программы); директор МКУ «МЦ СДПО» (ответственный исполнитель Программы)",
        en:
          "Chief specialist of the district education administration (programme curator); director of the methodical centre МКУ «МЦ СДПО» (responsible executor)"
      ),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.3",
      quote:
        "2.3 Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам. … по графику … Составлены программы мониторинга в ШНОР (100%); Подготовлены аналитические материалы для определения продвижения ШНОР (100%).",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«по графику» — после каждой процедуры по её графику; даты не даны. Результат — программы мониторинга в ШНОР (100 %) и аналитические материалы о продвижении ШНОР (100 %). Ответственные даны в плане фамилиями; роли взяты из паспорта (куратор — главный специалист управления образованием, ответственный исполнитель — директор МКУ «МЦ СДПО»); третье названное должностное лицо без указания роли опущено.",
        en:
          "«as scheduled» — after each procedure, on its schedule; no dates are given. Output: monitoring programmes in the ШНОР (100 %) and analytical materials on their progress (100 %). The plan names the responsible people; their roles come from the passport (curator — chief specialist of the education administration; responsible executor — director of МКУ «МЦ СДПО»); the third named official, whose role is not stated, is left out."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.material_base_analysis",
      title: LocalizedText(
        ru:
          "Анализ эффективности использования материально-технической базы образовательных организаций",
        en: "Analysis of how effectively schools use their facilities and equipment"),
      periodicity: .timesPerYear(1),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.4",
      quote:
        "2.4 Анализ эффективности использования материально … технической базы образовательных организаций … в течение года",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "«в течение года» прочитано как один раз за учебный год в любой момент (сентябрь–август, срок — 31 августа) (выведено). Результат — «дорожная карта» по оптимизации ресурсного обеспечения школ (100 %). Ответственный назван в плане только фамилией, роль не указана — responsible = null.",
        en:
          "«during the year» is read as once per academic year at any time (September–August, due 31 August) (derived). Output: a roadmap for optimising schools' resources (100 %). The plan names the responsible person only by surname, with no role — responsible = null."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.iom_diagnostics_deadline",
      title: LocalizedText(
        ru:
          "Информирование обучающихся и родителей о сетевых программах и диагностика для выявления обучающихся, которым в первую очередь нужен индивидуальный образовательный маршрут",
        en:
          "Informing students and parents about network programmes and diagnostics to find the students who need an individual learning route first"
      ),
      periodicity: .deadline(month: .september, day: 10),
      responsible: LocalizedText(
        ru: "Образовательные организации – сетевые партнёры",
        en: "The partner schools of the network"),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.5",
      quote:
        "Ежегодно в срок до 10 сентября образовательные организации – сетевые партнеры организуют информирование обучающихся (начиная с 5 класса) и их родителей (законных представителей) о реализуемых образовательных сетевых программах, ведут диагностическую работу по выявлению обучающихся, которым в первую очередь необходимо формирование индивидуального образовательного маршрута.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«Ежегодно в срок до 10 сентября» — каждый год, срок 10 сентября; обучающиеся с 5 класса. Первый шаг годового цикла сетевого взаимодействия (далее — Координационный совет до 15 сентября, информирование до 20 сентября).",
        en:
          "«Annually by 10 September» — every year, due 10 September; students from grade 5. The first step of the network's annual cycle (then the Coordination Council by 15 September, informing by 20 September)."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.coordination_council_review",
      title: LocalizedText(
        ru:
          "Рассмотрение итогов диагностики на заседании Координационного совета; формирование сетевых программ, сетевого расписания и индивидуальных образовательных маршрутов",
        en:
          "Coordination Council review of the diagnostics; network programmes, the network timetable and individual learning routes are formed"
      ),
      periodicity: .deadline(month: .september, day: 15),
      responsible: LocalizedText(
        ru: "Координационный совет сети образовательных организаций",
        en: "The Coordination Council of the school network"),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.5",
      quote:
        "По результатам проделанной работы не позднее 15 сентября, на заседании Координационного совета обсуждаются итоги проделанной работы, формируются сетевые программы, сетевое расписание занятий, индивидуальные образовательные маршруты.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«не позднее 15 сентября» — каждый год (в цикле, заданном словом «Ежегодно» в том же пункте), срок 15 сентября.",
        en:
          "«no later than 15 September» — every year (within the cycle the same item opens with «annually»), due 15 September."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.network_informing",
      title: LocalizedText(
        ru:
          "Информирование обучающихся и родителей о сетевых программах, расписании и маршрутах через координаторов сетевого взаимодействия",
        en:
          "Informing students and parents, through the network coordinators, about the network programmes, timetable and routes"
      ),
      periodicity: .deadline(month: .september, day: 20),
      responsible: LocalizedText(
        ru: "Образовательные организации – сетевые партнёры (координаторы сетевого взаимодействия)",
        en: "The partner schools of the network (network coordinators)"),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.5",
      quote:
        "В срок до 20 сентября образовательные организации – сетевые партнеры, в лице координаторов сетевого взаимодействия, организуют информирование обучающихся и их …",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "«В срок до 20 сентября» — каждый год, срок 20 сентября. Текст пункта в документе обрывается («…обучающихся и их»); предмет информирования выведен из предыдущих шагов цикла. Это шаг годового цикла, а не измерение.",
        en:
          "«By 20 September» — every year, due 20 September. The item's text breaks off in the document («…students and their»); what is communicated is derived from the cycle's earlier steps. A step of the annual cycle, not a measurement."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.network_planning",
      title: LocalizedText(
        ru:
          "Планирование работы по реализации сетевого взаимодействия в рамках формирования и реализации индивидуального образовательного маршрута обучающихся",
        en:
          "Planning the network's work on building and delivering students' individual learning routes"
      ),
      periodicity: .annually(from: .may, to: .june),
      responsible: LocalizedText(
        ru: "Координационный совет сети образовательных организаций",
        en: "The Coordination Council of the school network"),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.7",
      quote:
        "2.7 Планирование работы по реализации сетевого взаимодействия в рамках формирования и реализации индивидуального образовательного маршрута обучающихся Координационный совет май - июнь План работы по реализации …",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "«май - июнь» без года; прочитано как каждый год, май–июнь (5..6) — планирование на следующий учебный год (выведено). Результат — план работы по реализации сетевого взаимодействия.",
        en:
          "«May - June» without a year; read as every year, May–June (5..6) — planning the next academic year (derived). Output: the network's work plan."
      )),
    PackDeclarations.procedure(
      id: "krasnodar.needs_diagnostics",
      title: LocalizedText(
        ru: "Диагностические исследования образовательных потребностей и возможностей обучающихся",
        en: "Diagnostic studies of students' educational needs and abilities"),
      periodicity: .annually(from: .april, to: .may),
      responsible: LocalizedText(
        ru: "Рабочая группа ОО",
        en: "The school working group"),
      source: "004_a21e3c7c7266135d.txt",
      section: "4. План — 2. Организационный модуль, п. 2.8",
      quote:
        "2.8 Проведение диагностических исследований, направленных на изучение образовательных потребностей и возможностей обучающихся Рабочая группа ОО апрель-май Планирование сетевого взаимодействия на основе изученных образовательных потребностей обучающихся.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "«апрель-май» без года; прочитано как каждый год, апрель–май (4..5), до планирования сетевого взаимодействия в мае–июне (выведено).",
        en:
          "«April–May» without a year; read as every year, April–May (4..5), ahead of the network planning in May–June (derived)."
      )),
  ]
}
