<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New Project…</source>
            <translation>&amp;Новый проект…</translation>
        </message>
        <message>
            <source>Create an empty project file</source>
            <translation>Создать пустой файл проекта</translation>
        </message>
        <message>
            <source>&amp;Open Project…</source>
            <translation>&amp;Открыть проект…</translation>
        </message>
        <message>
            <source>Open a project file</source>
            <translation>Открыть файл проекта</translation>
        </message>
        <message>
            <source>&amp;Close Project</source>
            <translation>&amp;Закрыть проект</translation>
        </message>
        <message>
            <source>Close the project (everything is already stored)</source>
            <translation>Закрыть проект (всё уже сохранено)</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>&amp;Импортировать файлы…</translation>
        </message>
        <message>
            <source>Add documents as sources (txt, html, docx, odt, pdf, md, rtf)</source>
            <translation>Добавить документы как источники (txt, html, docx, odt, pdf, md, rtf)</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Импортировать &amp;папку…</translation>
        </message>
        <message>
            <source>Add every document in a folder</source>
            <translation>Добавить все документы из папки</translation>
        </message>
        <message>
            <source>&amp;Paste as New Source</source>
            <translation>Вст&amp;авить как новый источник</translation>
        </message>
        <message>
            <source>Make a source of the text on the clipboard</source>
            <translation>Создать источник из текста в буфере обмена</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Вы&amp;йти</translation>
        </message>
        <message>
            <source>Close Parley (everything is already stored)</source>
            <translation>Закрыть Parley (всё уже сохранено)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Take back the last change</source>
            <translation>Отменить последнее изменение</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Do again what was undone</source>
            <translation>Снова выполнить отменённое</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>Копировать выделенный текст</translation>
        </message>
        <message>
            <source>&amp;Find in Source…</source>
            <translation>&amp;Найти в источнике…</translation>
        </message>
        <message>
            <source>Search the current source</source>
            <translation>Искать в текущем источнике</translation>
        </message>
        <message>
            <source>Find in &amp;Project…</source>
            <translation>Найти в &amp;проекте…</translation>
        </message>
        <message>
            <source>Search every source</source>
            <translation>Искать во всех источниках</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <source>Go to the next hit</source>
            <translation>Перейти к следующему совпадению</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Найти пр&amp;едыдущее</translation>
        </message>
        <message>
            <source>Go to the previous hit</source>
            <translation>Перейти к предыдущему совпадению</translation>
        </message>
        <message>
            <source>&amp;Condition…</source>
            <translation>&amp;Условие…</translation>
        </message>
        <message>
            <source>Mark the selection as a condition (C)</source>
            <translation>Отметить выделенное как условие (C)</translation>
        </message>
        <message>
            <source>&amp;Speaker…</source>
            <translation>&amp;Спикер…</translation>
        </message>
        <message>
            <source>Mark who said the selection (S)</source>
            <translation>Отметить, кто сказал выделенное (S)</translation>
        </message>
        <message>
            <source>&amp;Reaction…</source>
            <translation>&amp;Реакция…</translation>
        </message>
        <message>
            <source>Mark the selection as a reaction (R)</source>
            <translation>Отметить выделенное как реакцию (R)</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Реакция</translation>
        </message>
        <message>
            <source>&amp;Edit Annotation…</source>
            <translation>&amp;Изменить аннотацию…</translation>
        </message>
        <message>
            <source>Codes, note and boundaries of the selected annotation</source>
            <translation>Коды, заметка и границы выбранной аннотации</translation>
        </message>
        <message>
            <source>&amp;Delete Annotation</source>
            <translation>У&amp;далить аннотацию</translation>
        </message>
        <message>
            <source>Remove the selected annotations (undo brings them back)</source>
            <translation>Удалить выбранные аннотации (отмена вернёт их)</translation>
        </message>
        <message>
            <source>&amp;Link to…</source>
            <translation>&amp;Связать с…</translation>
        </message>
        <message>
            <source>Say what the selected reaction responds to</source>
            <translation>Указать, на что отвечает выбранная реакция</translation>
        </message>
        <message>
            <source>Set &amp;Boundaries to Selection</source>
            <translation>Установить &amp;границы по выделению</translation>
        </message>
        <message>
            <source>Make the selected annotation cover exactly the selected text</source>
            <translation>Выбранная аннотация будет охватывать ровно выделенный текст</translation>
        </message>
        <message>
            <source>Source &amp;Details…</source>
            <translation>&amp;Сведения об источнике…</translation>
        </message>
        <message>
            <source>Title, outlet, author, date, URL and language</source>
            <translation>Заголовок, издание, автор, дата, URL и язык</translation>
        </message>
        <message>
            <source>Coding Status: To Do</source>
            <translation>Состояние кодирования: не начато</translation>
        </message>
        <message>
            <source>Nothing marked yet</source>
            <translation>Пока ничего не отмечено</translation>
        </message>
        <message>
            <source>Coding Status: In Progress</source>
            <translation>Состояние кодирования: в работе</translation>
        </message>
        <message>
            <source>Partly marked</source>
            <translation>Отмечено частично</translation>
        </message>
        <message>
            <source>Coding Status: Done</source>
            <translation>Состояние кодирования: завершено</translation>
        </message>
        <message>
            <source>Fully marked; an empty cell in the comparison means the source does not report it</source>
            <translation>Отмечено полностью; пустая ячейка в сравнении означает, что источник об этом не сообщает</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>Удалить источник</translation>
        </message>
        <message>
            <source>Remove the current source and its annotations (undo brings them back)</source>
            <translation>Удалить текущий источник и его аннотации (отмена вернёт их)</translation>
        </message>
        <message>
            <source>&amp;Add Code…</source>
            <translation>&amp;Добавить код…</translation>
        </message>
        <message>
            <source>A new code under the selected one</source>
            <translation>Новый код под выбранным</translation>
        </message>
        <message>
            <source>Add &amp;Root…</source>
            <translation>Добавить &amp;корень…</translation>
        </message>
        <message>
            <source>A new top-level group, like “Tone”</source>
            <translation>Новая группа верхнего уровня, например «Тон»</translation>
        </message>
        <message>
            <source>&amp;Sources</source>
            <translation>&amp;Источники</translation>
        </message>
        <message>
            <source>Move the focus to the sources</source>
            <translation>Перейти к источникам</translation>
        </message>
        <message>
            <source>&amp;Reader</source>
            <translation>&amp;Просмотр</translation>
        </message>
        <message>
            <source>Move the focus to the text</source>
            <translation>Перейти к тексту</translation>
        </message>
        <message>
            <source>&amp;Annotations</source>
            <translation>&amp;Аннотации</translation>
        </message>
        <message>
            <source>Move the focus to the annotation list</source>
            <translation>Перейти к списку аннотаций</translation>
        </message>
        <message>
            <source>&amp;Codebook</source>
            <translation>&amp;Кодовая книга</translation>
        </message>
        <message>
            <source>Move the focus to the codebook</source>
            <translation>Перейти к кодовой книге</translation>
        </message>
        <message>
            <source>S&amp;earch Results</source>
            <translation>Результаты &amp;поиска</translation>
        </message>
        <message>
            <source>Move the focus to the search</source>
            <translation>Перейти к поиску</translation>
        </message>
        <message>
            <source>&amp;Next Panel</source>
            <translation>&amp;Следующая панель</translation>
        </message>
        <message>
            <source>Move the focus to the next panel</source>
            <translation>Перейти к следующей панели</translation>
        </message>
        <message>
            <source>S&amp;uggestions</source>
            <translation>&amp;Предложения</translation>
        </message>
        <message>
            <source>Review what Parley proposes: Enter accepts, Delete rejects, E edits</source>
            <translation>Просмотреть, что предлагает Parley: Enter — принять, Delete — отклонить, E — изменить</translation>
        </message>
        <message>
            <source>&amp;Previous Panel</source>
            <translation>П&amp;редыдущая панель</translation>
        </message>
        <message>
            <source>Move the focus to the previous panel</source>
            <translation>Перейти к предыдущей панели</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>&amp;Крупнее текст</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Увеличить текст</translation>
        </message>
        <message>
            <source>S&amp;maller Text</source>
            <translation>&amp;Мельче текст</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Уменьшить текст</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлое</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмное</translation>
        </message>
        <message>
            <source>%1 colours</source>
            <translation>Оформление: %1</translation>
        </message>
        <message>
            <source>&amp;Conditions × Sources</source>
            <translation>&amp;Условия × источники</translation>
        </message>
        <message>
            <source>Which source reports which condition, in what words</source>
            <translation>Какой источник сообщает о каком условии и какими словами</translation>
        </message>
        <message>
            <source>Show &amp;Compare</source>
            <translation>Показать &amp;сравнение</translation>
        </message>
        <message>
            <source>Switch between the reader and the compare view</source>
            <translation>Переключаться между текстом и сравнением</translation>
        </message>
        <message>
            <source>&amp;Speakers × Sources</source>
            <translation>&amp;Спикеры × источники</translation>
        </message>
        <message>
            <source>Who is quoted where</source>
            <translation>Кого где цитируют</translation>
        </message>
        <message>
            <source>Excel &amp;Workbook…</source>
            <translation>&amp;Книга Excel…</translation>
        </message>
        <message>
            <source>The comparison workbook for colleagues</source>
            <translation>Книга сравнения для коллег</translation>
        </message>
        <message>
            <source>PDF &amp;Briefing…</source>
            <translation>&amp;Справка PDF…</translation>
        </message>
        <message>
            <source>The briefing for distribution</source>
            <translation>Справка для рассылки</translation>
        </message>
        <message>
            <source>&amp;REFI-QDA Project…</source>
            <translation>Проект &amp;REFI-QDA…</translation>
        </message>
        <message>
            <source>For MAXQDA, NVivo, ATLAS.ti, QualCoder</source>
            <translation>Для MAXQDA, NVivo, ATLAS.ti, QualCoder</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Сравнить</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Начало работы</translation>
        </message>
        <message>
            <source>Select, C/S/R, compare, export: the first steps, with pictures</source>
            <translation>Выделить, C/S/R, сравнить, экспортировать: первые шаги с иллюстрациями</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>Every key Parley answers to</source>
            <translation>Все клавиши, на которые отвечает Parley</translation>
        </message>
        <message>
            <source>&amp;About Parley</source>
            <translation>&amp;О программе Parley</translation>
        </message>
        <message>
            <source>Version and credits</source>
            <translation>Версия и благодарности</translation>
        </message>
        <message>
            <source>Show &amp;Log File Location</source>
            <translation>Показать расположение &amp;журнала</translation>
        </message>
        <message>
            <source>Where Parley writes details for a problem report</source>
            <translation>Куда Parley записывает подробности для отчёта о проблеме</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Mark</source>
            <translation>&amp;Разметка</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Источник</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>Com&amp;pare</source>
            <translation>&amp;Сравнение</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Сп&amp;равка</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>П&amp;оследние</translation>
        </message>
        <message>
            <source>Recent &amp;Codes</source>
            <translation>Последние &amp;коды</translation>
        </message>
        <message>
            <source>Selected &amp;Code</source>
            <translation>Выбранный &amp;код</translation>
        </message>
        <message>
            <source>&amp;Go To</source>
            <translation>&amp;Перейти к</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Оформление</translation>
        </message>
        <message>
            <source>&amp;Toolbars</source>
            <translation>П&amp;анели инструментов</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Открыть %1</translation>
        </message>
    </context>
    <context>
        <name>AdjudicateDialog</name>
        <message>
            <source>Edit the Adjudicated Span</source>
            <translation>Изменение согласованного фрагмента</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Начало:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Конец:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>Quote:</source>
            <translation>Цитата:</translation>
        </message>
        <message>
            <source>The end must come after the start.</source>
            <translation>Конец должен быть после начала.</translation>
        </message>
    </context>
    <context>
        <name>AgreementView</name>
        <message>
            <source>Intercoder Agreement</source>
            <translation>Согласованность кодировщиков</translation>
        </message>
        <message numerus="yes">
            <source>%1: αu (where the spans are) over the %Ln source(s) every one marked up; kappa and agreement on whether each used a code in a source (mean over pairs of coders). “—”: nothing to compare. What each figure means: “About these figures”.</source>
            <translation>
                <numerusform>%1: αu (где именно фрагменты) — по %Ln источнику, который разметили все; каппа и согласованность — по тому, применил ли каждый код в источнике (среднее по парам кодировщиков). «—»: сравнивать нечего. Что означает каждый показатель — на вкладке «Об этих показателях».</numerusform>
                <numerusform>%1: αu (где именно фрагменты) — по %Ln источникам, которые разметили все; каппа и согласованность — по тому, применил ли каждый код в источнике (среднее по парам кодировщиков). «—»: сравнивать нечего. Что означает каждый показатель — на вкладке «Об этих показателях».</numerusform>
                <numerusform>%1: αu (где именно фрагменты) — по %Ln источникам, которые разметили все; каппа и согласованность — по тому, применил ли каждый код в источнике (среднее по парам кодировщиков). «—»: сравнивать нечего. Что означает каждый показатель — на вкладке «Об этих показателях».</numerusform>
            </translation>
        </message>
        <message>
            <source>By &amp;Kind and Code</source>
            <translation>По &amp;типу и коду</translation>
        </message>
        <message>
            <source>By &amp;Source</source>
            <translation>По &amp;источнику</translation>
        </message>
        <message>
            <source>&amp;Differences (%1)</source>
            <translation>&amp;Расхождения (%1)</translation>
        </message>
        <message>
            <source>About &amp;These Figures</source>
            <translation>&amp;Об этих показателях</translation>
        </message>
        <message>
            <source>Agreement per kind and code</source>
            <translation>Согласованность по типу и коду</translation>
        </message>
        <message>
            <source>Agreement per source</source>
            <translation>Согласованность по источнику</translation>
        </message>
        <message>
            <source>First coder</source>
            <translation>Первый кодировщик</translation>
        </message>
        <message>
            <source>Second coder</source>
            <translation>Второй кодировщик</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Расхождение</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Differences between the coders</source>
            <translation>Расхождения между кодировщиками</translation>
        </message>
        <message>
            <source>nothing here</source>
            <translation>здесь ничего</translation>
        </message>
        <message>
            <source>code #%1</source>
            <translation>код №%1</translation>
        </message>
        <message>
            <source>the first coder</source>
            <translation>первый кодировщик</translation>
        </message>
        <message>
            <source>the second coder</source>
            <translation>второй кодировщик</translation>
        </message>
        <message>
            <source>On a difference: Enter shows it in the reader · 1 keep %1's · 2 keep %2's · B both · N neither · E edit · A copy every span the two marked alike. Decisions go into the coder “%3” (not compared as a person), one undo step each (Ctrl+Z); to make the deliverables from it, choose “%3” under Mark-up of in File › Export To.</source>
            <translation>На расхождении: Enter показывает его в области чтения · 1 оставить вариант: %1 · 2 оставить вариант: %2 · B оба · N ни один · E изменить · A скопировать все фрагменты, которые оба разметили одинаково. Решения записываются кодировщику «%3» (его не сравнивают как человека), каждое — один шаг отмены (Ctrl+Z); чтобы сделать из них материалы, выберите «%3» в поле «Разметка» в меню Файл › Экспорт в.</translation>
        </message>
        <message>
            <source>kept %1's</source>
            <translation>оставлен вариант: %1</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>оставлены оба</translation>
        </message>
        <message>
            <source>keep neither</source>
            <translation>не оставлено ни одного</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>Intercoder &amp;Agreement…</source>
            <translation>&amp;Согласованность кодировщиков…</translation>
        </message>
        <message>
            <source>How far the coders agree on where they put which codes (αu, Cohen's kappa)</source>
            <translation>Насколько кодировщики согласны в том, где и какие коды ставили (αu, каппа Коэна)</translation>
        </message>
        <message>
            <source>Agreement needs two or more people who marked up the same sources.</source>
            <translation>Для согласованности нужны двое или больше людей, размечавших одни и те же источники.</translation>
        </message>
        <message>
            <source>Coders with annotations: </source>
            <translation>Кодировщики с аннотациями: </translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Compare these coders:</source>
            <translation>Сравнить этих кодировщиков:</translation>
        </message>
        <message>
            <source>Measuring intercoder agreement…</source>
            <translation>Вычисляем согласованность кодировщиков…</translation>
        </message>
        <message>
            <source>There is nothing to compare yet.</source>
            <translation>Пока нечего сравнивать.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln span(s) %1 and %2 marked alike copied to “%3”</source>
            <translation>
                <numerusform>%Ln фрагмент, который %1 и %2 разметили одинаково, скопирован в «%3»</numerusform>
                <numerusform>%Ln фрагмента, которые %1 и %2 разметили одинаково, скопированы в «%3»</numerusform>
                <numerusform>%Ln фрагментов, которые %1 и %2 разметили одинаково, скопированы в «%3»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AliasWarnings</name>
        <message>
            <source>%1 “%2” is never matched: %3</source>
            <translation>%1 «%2» никогда не ищется: %3</translation>
        </message>
        <message>
            <source>Aliases never matched</source>
            <translation>Имена, которые никогда не ищутся</translation>
        </message>
        <message>
            <source>Kept as typed, but the suggestions never look for it: it would be found in nearly every text. Give a longer name or a fuller title instead.</source>
            <translation>Сохранено как введено, но предложения его никогда не ищут: оно нашлось бы почти в каждом тексте. Лучше укажите более длинное имя или полную должность.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationDialog</name>
        <message>
            <source>Edit Annotation</source>
            <translation>Изменение аннотации</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>&amp;Add Code…</source>
            <translation>&amp;Добавить код…</translation>
        </message>
        <message>
            <source>Pick or create another code for this span</source>
            <translation>Выбрать или создать ещё один код для этого фрагмента</translation>
        </message>
        <message>
            <source>&amp;Remove Code</source>
            <translation>&amp;Убрать код</translation>
        </message>
        <message>
            <source>Take the selected code off this span</source>
            <translation>Снять выбранный код с этого фрагмента</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Your remark on this span; shown on hover and in exports</source>
            <translation>Ваше примечание к фрагменту; видно в подсказке и в экспорте</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Start of the span, in characters (Unicode code points)</source>
            <translation>Начало фрагмента в символах (кодовых точках Unicode)</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>End of the span, in characters (Unicode code points)</source>
            <translation>Конец фрагмента в символах (кодовых точках Unicode)</translation>
        </message>
        <message>
            <source>from</source>
            <comment>span bounds</comment>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <comment>span bounds</comment>
            <translation>по</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Связи</translation>
        </message>
        <message>
            <source>Remove &amp;Link</source>
            <translation>Убрать &amp;связь</translation>
        </message>
        <message>
            <source>Remove the selected link</source>
            <translation>Убрать выбранную связь</translation>
        </message>
        <message>
            <source>Codes:</source>
            <translation>Коды:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Заметка:</translation>
        </message>
        <message>
            <source>Span:</source>
            <translation>Фрагмент:</translation>
        </message>
        <message>
            <source>Quote:</source>
            <translation>Цитата:</translation>
        </message>
        <message>
            <source>Links:</source>
            <translation>Связи:</translation>
        </message>
        <message>
            <source>this span</source>
            <translation>этот фрагмент</translation>
        </message>
        <message>
            <source>(the end must come after the start)</source>
            <translation>(конец должен быть после начала)</translation>
        </message>
        <message>
            <source>An annotation needs at least one code (delete it instead).</source>
            <translation>Аннотации нужен хотя бы один код (иначе удалите её).</translation>
        </message>
        <message>
            <source>The span must end after it starts.</source>
            <translation>Фрагмент должен заканчиваться после начала.</translation>
        </message>
        <message>
            <source>The span holds only white space.</source>
            <translation>Фрагмент содержит только пробелы.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <source>condition</source>
            <translation>условие</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>спикер</translation>
        </message>
        <message>
            <source>reaction</source>
            <translation>реакция</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>связь</translation>
        </message>
        <message>
            <source>linked to another annotation</source>
            <translation>связано с другой аннотацией</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Заметка: %1</translation>
        </message>
        <message>
            <source>
Linked to another annotation</source>
            <translation>
Связано с другой аннотацией</translation>
        </message>
        <message>
            <source>Annotations in this source</source>
            <translation>Аннотации в этом источнике</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Who demanded what, who answered, and how each source told it.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Compare how news sources report one political statement: the conditions set, who said what, and who reacted how.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Кто чего требовал, кто ответил и как об этом рассказал каждый источник.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Сравнивайте, как новостные источники подают одно политическое заявление: выдвинутые условия, кто что сказал и кто как отреагировал.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Fonts: Noto (SIL Open Font License), DejaVu (Bitstream Vera licence).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Шрифты: Noto (SIL Open Font License), DejaVu (лицензия Bitstream Vera).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Открытие %1…</translation>
        </message>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 не существует</translation>
        </message>
        <message>
            <source>open a project with File › Open, or create one with File › New</source>
            <translation>откройте проект через Файл › Открыть или создайте новый через Файл › Новый</translation>
        </message>
        <message>
            <source>Preparing the sample project…</source>
            <translation>Готовим пример проекта…</translation>
        </message>
    </context>
    <context>
        <name>ChooseDialog</name>
        <message numerus="yes">
            <source>Tick at least %n.</source>
            <translation>
                <numerusform>Отметьте не меньше %n.</numerusform>
                <numerusform>Отметьте не меньше %n.</numerusform>
                <numerusform>Отметьте не меньше %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>New Code under %1</source>
            <translation>Новый код в группе %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>The canonical name, as it should appear in exports</source>
            <translation>Основное название, как его показывать в экспорте</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>The highlight colour of this code</source>
            <translation>Цвет подсветки этого кода</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>What the code means, for colleagues and the briefing</source>
            <translation>Что означает код — для коллег и для справки</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>A grouping for conditions, e.g. Territory or Security</source>
            <translation>Группа для условий, например «Территория» или «Безопасность»</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Другие имена</translation>
        </message>
        <message>
            <source>Other names, one per line, in any language or script (Путин, the Russian President)</source>
            <translation>Другие имена, по одному в строке, на любом языке и в любой письменности (Putin, президент России)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>e.g. President of Russia</source>
            <translation>напр., президент России</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Принадлежность</translation>
        </message>
        <message>
            <source>e.g. Kremlin, NATO, Office of the President of Ukraine</source>
            <translation>напр., Кремль, НАТО, Офис президента Украины</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Which side of the event the speaker stands on</source>
            <translation>На чьей стороне в этом событии спикер</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>Co&amp;lour:</source>
            <translation>&amp;Цвет:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>К&amp;атегория:</translation>
        </message>
        <message>
            <source>&amp;Aliases:</source>
            <translation>&amp;Другие имена:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>A&amp;ffiliation:</source>
            <translation>При&amp;надлежность:</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>&amp;Сторона:</translation>
        </message>
        <message>
            <source>A code needs a name.</source>
            <translation>У кода должно быть название.</translation>
        </message>
    </context>
    <context>
        <name>CodebookActions</name>
        <message>
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>the top level (a new root)</source>
            <translation>верхний уровень (новый корень)</translation>
        </message>
        <message>
            <source>Rename Code</source>
            <translation>Переименование кода</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Colour of “%1”</source>
            <translation>Цвет «%1»</translation>
        </message>
        <message>
            <source>Move To…</source>
            <translation>Переместить в…</translation>
        </message>
        <message>
            <source>Where should “%1” go?</source>
            <translation>Куда переместить «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>Merge “%1” into “%2”? Its %Ln annotation(s) get “%2” instead</source>
            <translation>
                <numerusform>Объединить «%1» с «%2»? Его %Ln аннотация получит «%2» вместо него</numerusform>
                <numerusform>Объединить «%1» с «%2»? Его %Ln аннотации получат «%2» вместо него</numerusform>
                <numerusform>Объединить «%1» с «%2»? Его %Ln аннотаций получат «%2» вместо него</numerusform>
            </translation>
        </message>
        <message>
            <source> and its name becomes an alias.</source>
            <translation>, а его название станет другим именем.</translation>
        </message>
        <message>
            <source>Merge Codes</source>
            <translation>Объединение кодов</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <source>Merge Into…</source>
            <translation>Объединить с…</translation>
        </message>
        <message>
            <source>Which code should “%1” become part of?</source>
            <translation>С каким кодом объединить «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln coding(s) will be removed</source>
            <translation>
                <numerusform>Будет снята %Ln отметка</numerusform>
                <numerusform>Будут сняты %Ln отметки</numerusform>
                <numerusform>Будет снято %Ln отметок</numerusform>
            </translation>
        </message>
        <message>
            <source>It is not used yet</source>
            <translation>Он пока не используется</translation>
        </message>
        <message numerus="yes">
            <source>, and %Ln annotation(s) left without any code will be deleted</source>
            <translation>
                <numerusform>, а %Ln аннотация, оставшаяся без кода, будет удалена</numerusform>
                <numerusform>, а %Ln аннотации, оставшиеся без кода, будут удалены</numerusform>
                <numerusform>, а %Ln аннотаций, оставшихся без кода, будут удалены</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete “%1” and the codes under it? %2. Undo brings it back.</source>
            <translation>Удалить «%1» и коды под ним? %2. Отмена вернёт всё обратно.</translation>
        </message>
        <message>
            <source>Delete Code</source>
            <translation>Удаление кода</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>CodebookPanel</name>
        <message>
            <source>Conditions</source>
            <translation>Условия</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Спикеры</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Реакции</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Категория: %1</translation>
        </message>
        <message>
            <source>Also: </source>
            <translation>Также: </translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Принадлежность</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message numerus="yes">
            <source>%Ln annotation(s)</source>
            <translation>
                <numerusform>%Ln аннотация</numerusform>
                <numerusform>%Ln аннотации</numerusform>
                <numerusform>%Ln аннотаций</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a code or alias</source>
            <translation>Найти код или другое имя</translation>
        </message>
        <message>
            <source>Find a code</source>
            <translation>Найти код</translation>
        </message>
        <message>
            <source>Show only codes whose name or alias matches, in any script</source>
            <translation>Показать только коды, название или другое имя которых совпадает, в любой письменности</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Кодовая книга</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Add Code Here…</source>
            <translation>Добавить код сюда…</translation>
        </message>
        <message>
            <source>A new code under “%1”</source>
            <translation>Новый код под «%1»</translation>
        </message>
        <message>
            <source>Add Root…</source>
            <translation>Добавить корень…</translation>
        </message>
        <message>
            <source>A new top-level group, like “Tone”</source>
            <translation>Новая группа верхнего уровня, например «Тон»</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Change the code's name (F2)</source>
            <translation>Изменить название кода (F2)</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Цвет…</translation>
        </message>
        <message>
            <source>Change the highlight colour</source>
            <translation>Изменить цвет подсветки</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Сведения…</translation>
        </message>
        <message>
            <source>Description, category and, for speakers, aliases, role, affiliation and side</source>
            <translation>Описание, категория, а для спикеров — другие имена, роль, принадлежность и сторона</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Earlier among its siblings</source>
            <translation>Раньше среди соседних кодов</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Later among its siblings</source>
            <translation>Позже среди соседних кодов</translation>
        </message>
        <message>
            <source>Move To…</source>
            <translation>Переместить в…</translation>
        </message>
        <message>
            <source>Put the code under another parent</source>
            <translation>Переместить код под другой родительский</translation>
        </message>
        <message>
            <source>Merge Into…</source>
            <translation>Объединить с…</translation>
        </message>
        <message>
            <source>Fold this code into another; its annotations follow</source>
            <translation>Влить этот код в другой; его аннотации перейдут вместе с ним</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Delete the code and the codes under it (Delete)</source>
            <translation>Удалить код и коды под ним (Delete)</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Codes</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Отметки</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Положение в тексте</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <source>Close Compare</source>
            <translation>Закрыть сравнение</translation>
        </message>
        <message>
            <source>Close the compare tab; the reader takes the whole centre</source>
            <translation>Закрыть вкладку сравнения; текст займёт весь центр</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Сравнить</translation>
        </message>
        <message>
            <source>Conditions, speakers and stances × sources</source>
            <translation>Условия, спикеры и позиции × источники</translation>
        </message>
        <message>
            <source>Could not compare</source>
            <translation>Не удалось сравнить</translation>
        </message>
        <message>
            <source>Comparison cancelled — reopen to try again</source>
            <translation>Сравнение отменено — откройте снова, чтобы повторить</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Сравнение…</translation>
        </message>
        <message>
            <source>Comparing sources…</source>
            <translation>Сравниваем источники…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln source(s)</source>
            <translation>
                <numerusform>%1 из %Ln источника</numerusform>
                <numerusform>%1 из %Ln источников</numerusform>
                <numerusform>%1 из %Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln excerpt(s)</source>
            <translation>
                <numerusform>%Ln фрагмент</numerusform>
                <numerusform>%Ln фрагмента</numerusform>
                <numerusform>%Ln фрагментов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareModel</name>
        <message>
            <source>Not coded yet: {title} is {status}, so an empty cell does not mean “not reported”</source>
            <translation>Ещё не закодировано: состояние «{title}» — {status}, поэтому пустая ячейка не означает «не сообщает»</translation>
        </message>
        <message>
            <source>{title} does not report it (coding done)</source>
            <translation>«{title}» об этом не сообщает (кодирование завершено)</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Условия</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Спикеры</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Реакции</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>outlet unknown</source>
            <translation>издание неизвестно</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>coding %1</source>
            <translation>кодирование: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln source(s) report it</source>
            <translation>
                <numerusform>Об этом сообщают %1 из %Ln источника</numerusform>
                <numerusform>Об этом сообщают %1 из %Ln источников</numerusform>
                <numerusform>Об этом сообщают %1 из %Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln excerpt(s) in the chosen sources</source>
            <translation>
                <numerusform>%Ln фрагмент в выбранных источниках</numerusform>
                <numerusform>%Ln фрагмента в выбранных источниках</numerusform>
                <numerusform>%Ln фрагментов в выбранных источниках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; in %2: %Ln wording(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; в %2: %Ln формулировка</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; в %2: %Ln формулировки</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; в %2: %Ln формулировок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; in %2: %Ln excerpt(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; в %2: %Ln фрагмент</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; в %2: %Ln фрагмента</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; в %2: %Ln фрагментов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… и ещё %Ln</numerusform>
                <numerusform>… и ещё %Ln</numerusform>
                <numerusform>… и ещё %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Named as: </source>
            <translation>Назван как: </translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Also: </source>
            <translation>Также: </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Категория: %1</translation>
        </message>
        <message>
            <source>Double-click to show it in the reader</source>
            <translation>Дважды щёлкните, чтобы показать его в области чтения</translation>
        </message>
    </context>
    <context>
        <name>CompareOutlets</name>
        <message>
            <source>By outlet group</source>
            <translation>По группам изданий</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Conditions × outlet groups: reported by k of n fully coded outlets; blindspots</source>
            <translation>Условия × группы изданий: сколько из полностью закодированных изданий группы приводят условие (k из n); слепые пятна</translation>
        </message>
        <message>
            <source>Who reported each condition first, and how much later the others did</source>
            <translation>Кто первым сообщил о каждом условии и насколько позже — остальные</translation>
        </message>
        <message>
            <source>No outlet of the compared sources is in a group yet: sort outlets into groups in Source › Outlets… (Ctrl+Shift+O).</source>
            <translation>Ни одно издание сравниваемых источников ещё не входит в группу: распределите издания по группам в меню Источник › Издания… (Ctrl+Shift+O).</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %Ln outlet(s) fully coded — %3</source>
            <translation>
                <numerusform>%1: полностью закодировано %2 из %Ln издания — %3</numerusform>
                <numerusform>%1: полностью закодировано %2 из %Ln изданий — %3</numerusform>
                <numerusform>%1: полностью закодировано %2 из %Ln изданий — %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2/%3 coded)</source>
            <translation>%1 (закодировано %2/%3)</translation>
        </message>
        <message>
            <source>Reported by: %1</source>
            <translation>Приводят: %1</translation>
        </message>
        <message>
            <source>Also by outlets not fully coded: %1</source>
            <translation>Также издания, закодированные не полностью: %1</translation>
        </message>
        <message>
            <source>Blindspot: no outlet of this group reports it</source>
            <translation>Слепое пятно: ни одно издание этой группы его не приводит</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Later by</source>
            <translation>Позже на</translation>
        </message>
        <message>
            <source>first</source>
            <comment>the first report of a condition</comment>
            <translation>первым</translation>
        </message>
        <message>
            <source>Conditions by outlet group</source>
            <translation>Условия по группам изданий</translation>
        </message>
        <message>
            <source>Blindspots</source>
            <translation>Слепые пятна</translation>
        </message>
        <message>
            <source>reported by ≥ </source>
            <translation>приводят ≥ </translation>
        </message>
        <message>
            <source>% of a group</source>
            <translation>% группы</translation>
        </message>
        <message>
            <source>Share of one group's fully coded outlets reporting</source>
            <translation>Доля полностью закодированных изданий группы, приводящих условие</translation>
        </message>
        <message>
            <source>none of ≥ </source>
            <translation>ни одно из ≥ </translation>
        </message>
        <message>
            <source> coded of another</source>
            <translation> закодированных другой</translation>
        </message>
        <message>
            <source>Fully coded outlets the silent group has at least</source>
            <translation>Не менее стольких полностью закодированных изданий у молчащей группы</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Store these numbers as the project's blindspot rule (undoable)</source>
            <translation>Сохранить эти числа как правило слепых пятен проекта (можно отменить)</translation>
        </message>
        <message>
            <source>Blindspots:</source>
            <translation>Слепые пятна:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln blindspot(s): a condition reported by at least %1 of one group's fully coded outlets (every source done) and by none of another group with at least %2. Enter on a cell or a blindspot shows its first excerpt in the reader.</source>
            <translation>
                <numerusform>%Ln слепое пятно: условие, которое приводят не менее %1 полностью закодированных изданий одной группы (все источники завершены) и не приводит ни одно издание другой группы, где их не менее %2. Enter на ячейке или слепом пятне показывает его первый фрагмент в области чтения.</numerusform>
                <numerusform>%Ln слепых пятна: условие, которое приводят не менее %1 полностью закодированных изданий одной группы (все источники завершены) и не приводит ни одно издание другой группы, где их не менее %2. Enter на ячейке или слепом пятне показывает его первый фрагмент в области чтения.</numerusform>
                <numerusform>%Ln слепых пятен: условие, которое приводят не менее %1 полностью закодированных изданий одной группы (все источники завершены) и не приводит ни одно издание другой группы, где их не менее %2. Enter на ячейке или слепом пятне показывает его первый фрагмент в области чтения.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Приводят</translation>
        </message>
        <message>
            <source>Absent from</source>
            <translation>Отсутствует в</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4)</source>
            <translation>%1: %2 из %3 (%4)</translation>
        </message>
        <message>
            <source>%1: none of %2 (%3)</source>
            <translation>%1: ни одно из %2 (%3)</translation>
        </message>
        <message>
            <source>Timeline of first reports</source>
            <translation>Хронология первых сообщений</translation>
        </message>
        <message>
            <source>Times are compared where both sources give one, else whole days. Enter on a row shows that outlet's excerpt in the reader.</source>
            <translation>Время сравнивается, если его указывают оба источника, иначе — целыми днями. Enter на строке показывает фрагмент этого издания в области чтения.</translation>
        </message>
    </context>
    <context>
        <name>CompareVariants</name>
        <message>
            <source>Variants</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <source>Each condition's and speaker's statement's wordings side by side, and quotes that differ</source>
            <translation>Формулировки каждого условия и каждого заявления спикера рядом, а также расходящиеся цитаты</translation>
        </message>
        <message>
            <source>No condition or statement is marked in two or more of the chosen sources yet.</source>
            <translation>Ни одно условие или заявление ещё не отмечено в двух или более выбранных источниках.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Формулировка</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Различия</translation>
        </message>
        <message>
            <source>Reference (pinned)</source>
            <translation>Эталон (закреплён)</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Эталон</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Сравнено</translation>
        </message>
        <message>
            <source>Same words</source>
            <translation>Те же слова</translation>
        </message>
        <message>
            <source>Other language</source>
            <translation>Другой язык</translation>
        </message>
        <message>
            <source>Other passage</source>
            <translation>Другой фрагмент</translation>
        </message>
        <message>
            <source>Quoted first</source>
            <translation>Процитировано первым</translation>
        </message>
        <message>
            <source>Quoted differently</source>
            <translation>Процитировано иначе</translation>
        </message>
        <message>
            <source>Condition, statement or quote mismatch</source>
            <translation>Условие, заявление или расхождение цитат</translation>
        </message>
        <message>
            <source>Pin as Reference</source>
            <translation>Сделать эталоном</translation>
        </message>
        <message>
            <source>Make the chosen wording the reference the others are compared with</source>
            <translation>Сделать выбранную формулировку эталоном, с которым сравниваются остальные</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Открепить</translation>
        </message>
        <message>
            <source>Compare with the earliest published wording again</source>
            <translation>Снова сравнивать с самой ранней опубликованной формулировкой</translation>
        </message>
        <message>
            <source>Wordings side by side</source>
            <translation>Формулировки рядом</translation>
        </message>
        <message numerus="yes">
            <source>%Ln variant group(s)</source>
            <translation>
                <numerusform>%Ln группа вариантов</numerusform>
                <numerusform>%Ln группы вариантов</numerusform>
                <numerusform>%Ln групп вариантов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln quote mismatch(es).</source>
            <translation>
                <numerusform>%Ln расхождение цитат.</numerusform>
                <numerusform>%Ln расхождения цитат.</numerusform>
                <numerusform>%Ln расхождений цитат.</numerusform>
            </translation>
        </message>
        <message>
            <source>Amber: changed words; green: added; red, struck through: left out. Enter or a double-click shows a wording in the reader.</source>
            <translation>Янтарным — изменённые слова; зелёным — добавленные; красным и зачёркнутым — пропущенные. Enter или двойной щелчок показывает формулировку в области чтения.</translation>
        </message>
        <message>
            <source>Quote mismatch: %1 — %2 / %3</source>
            <translation>Расхождение цитат: %1 — %2 / %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln wording(s)</source>
            <translation>
                <numerusform>%Ln формулировка</numerusform>
                <numerusform>%Ln формулировки</numerusform>
                <numerusform>%Ln формулировок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln differ</source>
            <translation>
                <numerusform>, %Ln отличается</numerusform>
                <numerusform>, %Ln отличаются</numerusform>
                <numerusform>, %Ln отличаются</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>All outlets</source>
            <translation>Все издания</translation>
        </message>
        <message>
            <source>Hatched cells: the source is not coded yet (status to do or in progress), so an empty cell there does not mean “not reported”. Click a cell for its excerpts; double-click an excerpt to show it in the reader.</source>
            <translation>Заштрихованные ячейки: источник ещё не закодирован (состояние «не начато» или «в работе»), поэтому пустая ячейка там не означает «не сообщает». Щёлкните ячейку, чтобы увидеть её фрагменты; дважды щёлкните фрагмент, чтобы показать его в тексте.</translation>
        </message>
        <message>
            <source>%1 × Sources</source>
            <translation>%1 × источники</translation>
        </message>
        <message>
            <source>Choose which sources the matrix compares</source>
            <translation>Выберите, какие источники сравнивает матрица</translation>
        </message>
        <message>
            <source>Only sources from this outlet</source>
            <translation>Только источники этого издания</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Only sources published in this range (undated sources drop out)</source>
            <translation>Только источники, опубликованные в эти даты (источники без даты выпадают)</translation>
        </message>
        <message>
            <source>Comparison matrix</source>
            <translation>Матрица сравнения</translation>
        </message>
        <message>
            <source>Click a cell to see its excerpts.</source>
            <translation>Щёлкните ячейку, чтобы увидеть её фрагменты.</translation>
        </message>
        <message>
            <source>Excerpts of the chosen cell</source>
            <translation>Фрагменты выбранной ячейки</translation>
        </message>
        <message>
            <source>All Sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <source>No Sources</source>
            <translation>Ни одного источника</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <source>Sources: %1 of %2</source>
            <translation>Источники: %1 из %2</translation>
        </message>
        <message>
            <source>No conditions in the codebook yet.</source>
            <translation>В кодовой книге ещё нет условий.</translation>
        </message>
        <message>
            <source>No speakers in the codebook yet.</source>
            <translation>В кодовой книге ещё нет спикеров.</translation>
        </message>
        <message>
            <source>No reactions in the codebook yet.</source>
            <translation>В кодовой книге ещё нет реакций.</translation>
        </message>
        <message>
            <source>all chosen sources</source>
            <translation>все выбранные источники</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2: %Ln excerpt(s)</source>
            <translation>
                <numerusform>%1 — %2: %Ln фрагмент</numerusform>
                <numerusform>%1 — %2: %Ln фрагмента</numerusform>
                <numerusform>%1 — %2: %Ln фрагментов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Type the server's host.</source>
            <translation>Введите адрес сервера.</translation>
        </message>
        <message>
            <source>Type the server's database.</source>
            <translation>Введите базу данных на сервере.</translation>
        </message>
        <message>
            <source>Type the server's user.</source>
            <translation>Введите пользователя сервера.</translation>
        </message>
        <message>
            <source>Connect to Server</source>
            <translation>Подключение к серверу</translation>
        </message>
        <message>
            <source>The PostgreSQL server, e.g. db.example.org</source>
            <translation>Сервер PostgreSQL, напр. db.example.org</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <source>The server's port; PostgreSQL's usual one is 5432</source>
            <translation>Порт сервера; обычно у PostgreSQL это 5432</translation>
        </message>
        <message>
            <source>The project's database</source>
            <translation>База данных проекта</translation>
        </message>
        <message>
            <source>Your login role on the server</source>
            <translation>Ваша роль входа на сервере</translation>
        </message>
        <message>
            <source>Leave empty to use the password kept in the system keyring</source>
            <translation>Оставьте пустым, чтобы взять пароль из системного хранилища ключей</translation>
        </message>
        <message>
            <source>&amp;Remember password in the system keyring</source>
            <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
        </message>
        <message>
            <source>Kept by the operating system (Keychain, Credential Manager, Secret Service), never in Parley's settings or the project</source>
            <translation>Хранит операционная система (Keychain, Credential Manager, Secret Service), никогда — настройки Parley или проект</translation>
        </message>
        <message>
            <source>Empty: your annotations are recorded under your login role</source>
            <translation>Пусто: ваши аннотации записываются под вашей ролью входа</translation>
        </message>
        <message>
            <source>your login role</source>
            <translation>ваша роль входа</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Coder name:</source>
            <translation>&amp;Имя кодировщика:</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Подключиться</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. 15/06/2024, 15 June 2024, 2024-06-15 10:30</source>
            <translation>напр. 15/06/2024, 15 июня 2024, 2024-06-15 10:30</translation>
        </message>
        <message>
            <source>Publication date, and a time if you know it. Numbers are read day first (15/06/2024); month names may be English, Russian or Ukrainian. Stored as 2024-06-15.</source>
            <translation>Дата публикации и время, если известно. Числа читаются начиная с дня (15/06/2024); названия месяцев могут быть на английском, русском или украинском. Хранится как 2024-06-15.</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Календарь…</translation>
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
        <message>
            <source>Not a date yet</source>
            <translation>Это ещё не дата</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Read as %1</source>
            <translation>Прочитано как %1</translation>
        </message>
    </context>
    <context>
        <name>EncodingList</name>
        <message>
            <source>The encoding was a guess: choose the reading whose letters look right and press Enter.</source>
            <translation>Кодировка была угадана: выберите прочтение, в котором буквы выглядят правильно, и нажмите Enter.</translation>
        </message>
        <message>
            <source>&amp;Read as:</source>
            <translation>&amp;Читать как:</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Читать как</translation>
        </message>
        <message>
            <source> — current</source>
            <translation> — текущая</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s) in %1</source>
            <translation>
                <numerusform>%Ln символ в %1</numerusform>
                <numerusform>%Ln символа в %1</numerusform>
                <numerusform>%Ln символов в %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeController</name>
        <message>
            <source>Not carried over, or changed on the way:
</source>
            <translation>Не перенесено или изменено по пути:
</translation>
        </message>
        <message>
            <source>&amp;REFI-QDA Project (.qdpx)…</source>
            <translation>Проект &amp;REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>Bring in a project from MAXQDA, NVivo, ATLAS.ti, QualCoder or Parley</source>
            <translation>Перенести проект из MAXQDA, NVivo, ATLAS.ti, QualCoder или Parley</translation>
        </message>
        <message>
            <source>Import &amp;From</source>
            <translation>Импорт &amp;из</translation>
        </message>
        <message>
            <source>E&amp;xport To</source>
            <translation>Э&amp;кспорт в</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 уже существует</translation>
        </message>
        <message>
            <source>open it, or choose another name</source>
            <translation>откройте его или выберите другое имя</translation>
        </message>
        <message>
            <source>Could not import %1</source>
            <translation>Не удалось импортировать %1</translation>
        </message>
        <message>
            <source>Import of %1 cancelled; the project is unchanged</source>
            <translation>Импорт %1 отменён; проект не изменился</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Импорт %1…</translation>
        </message>
        <message>
            <source>REFI-QDA Import</source>
            <translation>Импорт REFI-QDA</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>&amp;CSV or JSON Excerpts…</source>
            <translation>Фрагменты &amp;CSV или JSON…</translation>
        </message>
        <message>
            <source>Every excerpt with its codes and citation, for scripts</source>
            <translation>Каждый фрагмент с кодами и ссылкой — для скриптов</translation>
        </message>
        <message>
            <source>An export is already running</source>
            <translation>Экспорт уже выполняется</translation>
        </message>
        <message>
            <source>Could not export %1</source>
            <translation>Не удалось экспортировать %1</translation>
        </message>
        <message>
            <source>The export had finished before Cancel: %1</source>
            <translation>Экспорт завершился ещё до отмены: %1</translation>
        </message>
        <message>
            <source>Export cancelled; %1 was not written</source>
            <translation>Экспорт отменён; %1 не записан</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Экспорт %1…</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Записан %1</translation>
        </message>
        <message>
            <source>Notes:
</source>
            <translation>Замечания:
</translation>
        </message>
        <message>
            <source>Wrote %1
in %2</source>
            <translation>Записан %1
в %2</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Each condition’s wording, source by source</source>
            <translation>Формулировки каждого условия по источникам</translation>
        </message>
        <message>
            <source>Every excerpt, whole (long)</source>
            <translation>Все фрагменты целиком (долго)</translation>
        </message>
        <message>
            <source>None (the workbook lists the excerpts)</source>
            <translation>Без приложения (фрагменты — в рабочей книге)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Книга Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF briefing (.pdf)</source>
            <translation>Справка PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excerpts as CSV (.csv)</source>
            <translation>Фрагменты в CSV (.csv)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excerpts as JSON (.json)</source>
            <translation>Фрагменты в JSON (.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Файлы JSON (*.json)</translation>
        </message>
        <message>
            <source>REFI-QDA project (.qdpx)</source>
            <translation>Проект REFI-QDA (.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>Проекты REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Parley export</source>
            <translation>Экспорт Parley</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Optional, e.g. “Internal — do not forward”</source>
            <translation>Необязательно, напр. «Для служебного пользования»</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>&amp;Analyst:</source>
            <translation>&amp;Аналитик:</translation>
        </message>
        <message>
            <source>&amp;Classification line:</source>
            <translation>&amp;Гриф:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Формат страницы:</translation>
        </message>
        <message>
            <source>Briefing appendix</source>
            <translation>Приложение к справке</translation>
        </message>
        <message>
            <source>What the briefing's appendix holds; the workbook always has every excerpt</source>
            <translation>Что входит в приложение к справке; в рабочей книге всегда есть все фрагменты</translation>
        </message>
        <message>
            <source>Appendi&amp;x:</source>
            <translation>&amp;Приложение:</translation>
        </message>
        <message>
            <source>&amp;All sources (%1)</source>
            <translation>&amp;Все источники (%1)</translation>
        </message>
        <message>
            <source>&amp;Only the checked sources:</source>
            <translation>&amp;Только отмеченные источники:</translation>
        </message>
        <message>
            <source>Sources to export</source>
            <translation>Источники для экспорта</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>coding %1</source>
            <translation>кодирование: %1</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Whose mark-up to export</source>
            <translation>Чью разметку экспортировать</translation>
        </message>
        <message>
            <source>Every coder</source>
            <translation>Все кодировщики</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>Выходной файл</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>Choose the file to write</source>
            <translation>Выбрать файл для записи</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Mark-up of:</source>
            <translation>&amp;Разметка:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Сохранить как:</translation>
        </message>
        <message>
            <source>Only the PDF briefing uses these</source>
            <translation>Это нужно только для справки PDF</translation>
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation>Выберите файл для записи.</translation>
        </message>
        <message>
            <source>The file name must end in %1.</source>
            <translation>Имя файла должно оканчиваться на %1.</translation>
        </message>
        <message>
            <source>That is a folder: add a file name.</source>
            <translation>Это папка: добавьте имя файла.</translation>
        </message>
        <message>
            <source>Check at least one source.</source>
            <translation>Отметьте хотя бы один источник.</translation>
        </message>
        <message>
            <source>The project has no sources yet.</source>
            <translation>В проекте пока нет источников.</translation>
        </message>
        <message>
            <source>Cannot write in %1 — choose another folder.</source>
            <translation>Не удаётся записать в %1 — выберите другую папку.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist — create it or choose another (Browse…).</source>
            <translation>Папки %1 не существует — создайте её или выберите другую (Обзор…).</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>Заменить файл?</translation>
        </message>
        <message>
            <source>%1 already exists in %2. Replace it?</source>
            <translation>%1 уже есть в %2. Заменить?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Заменить</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>In the reader</source>
            <translation>В области чтения</translation>
        </message>
        <message>
            <source>Mark the selection: condition, speaker, reaction</source>
            <translation>Разметить выделенное: условие, спикер, реакция</translation>
        </message>
        <message>
            <source>Mark the selection with a recent code</source>
            <translation>Разметить выделенное недавним кодом</translation>
        </message>
        <message>
            <source>Delete the annotation under the cursor</source>
            <translation>Удалить аннотацию под курсором</translation>
        </message>
        <message>
            <source>In the search box</source>
            <translation>В поле поиска</translation>
        </message>
        <message>
            <source>Next hit / previous hit</source>
            <translation>Следующее совпадение / предыдущее совпадение</translation>
        </message>
        <message>
            <source>Enter or Down / Shift+Enter or Up</source>
            <translation>Enter или Вниз / Shift+Enter или Вверх</translation>
        </message>
        <message>
            <source>In the annotation list</source>
            <translation>В списке аннотаций</translation>
        </message>
        <message>
            <source>Edit the annotation</source>
            <translation>Изменить аннотацию</translation>
        </message>
        <message>
            <source>Delete the selected annotations</source>
            <translation>Удалить выбранные аннотации</translation>
        </message>
        <message>
            <source>In the codebook</source>
            <translation>В кодовой книге</translation>
        </message>
        <message>
            <source>Rename the code</source>
            <translation>Переименовать код</translation>
        </message>
        <message>
            <source>Code details</source>
            <translation>Сведения о коде</translation>
        </message>
        <message>
            <source>Delete the code</source>
            <translation>Удалить код</translation>
        </message>
        <message>
            <source>In the compare excerpts</source>
            <translation>Во фрагментах сравнения</translation>
        </message>
        <message>
            <source>Show the excerpt in the reader</source>
            <translation>Показать фрагмент в области чтения</translation>
        </message>
        <message>
            <source>In the suggestions</source>
            <translation>В предложениях</translation>
        </message>
        <message>
            <source>Accept the suggestion (one undo)</source>
            <translation>Принять предложение (один шаг отмены)</translation>
        </message>
        <message>
            <source>Reject it: never proposed again (undoable)</source>
            <translation>Отклонить: больше не будет предлагаться (можно отменить)</translation>
        </message>
        <message>
            <source>Edit its bounds and codes, then accept</source>
            <translation>Изменить границы и коды, затем принять</translation>
        </message>
        <message>
            <source>Next / previous suggestion</source>
            <translation>Следующее / предыдущее предложение</translation>
        </message>
        <message>
            <source>J / K or Down / Up</source>
            <translation>J / K или Вниз / Вверх</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>В других местах</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Filter: a command, a menu or a key</source>
            <translation>Фильтр: команда, меню или клавиша</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Команда</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <source>Getting Started with Parley</source>
            <translation>Начало работы с Parley</translation>
        </message>
        <message>
            <source>The Getting Started page is missing from this installation — reinstall Parley.</source>
            <translation>В этой установке нет страницы «Начало работы» — переустановите Parley.</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>%Ln source(s) added.</source>
            <translation>
                <numerusform>Добавлен %Ln источник.</numerusform>
                <numerusform>Добавлено %Ln источника.</numerusform>
                <numerusform>Добавлено %Ln источников.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) could not be imported.</source>
            <translation>
                <numerusform>%Ln файл не удалось импортировать.</numerusform>
                <numerusform>%Ln файла не удалось импортировать.</numerusform>
                <numerusform>%Ln файлов не удалось импортировать.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) skipped (unsupported type).</source>
            <translation>
                <numerusform>Пропущен %Ln файл (неподдерживаемый тип).</numerusform>
                <numerusform>Пропущено %Ln файла (неподдерживаемый тип).</numerusform>
                <numerusform>Пропущено %Ln файлов (неподдерживаемый тип).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln REFI-QDA project(s) skipped (import from File › Import From).</source>
            <translation>
                <numerusform>Пропущен %Ln проект REFI-QDA (импортируйте через Файл › Импорт из).</numerusform>
                <numerusform>Пропущено %Ln проекта REFI-QDA (импортируйте через Файл › Импорт из).</numerusform>
                <numerusform>Пропущено %Ln проектов REFI-QDA (импортируйте через Файл › Импорт из).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Не импортировано:</translation>
        </message>
        <message>
            <source>Already in the project (same bytes), skipped:</source>
            <translation>Уже есть в проекте (те же байты), пропущено:</translation>
        </message>
        <message>
            <source>• %1 (as “%2”)</source>
            <translation>• %1 (как «%2»)</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Предупреждения:</translation>
        </message>
        <message>
            <source>Skipped, not a type Parley imports (%1):</source>
            <translation>Пропущено, Parley не импортирует такой тип (%1):</translation>
        </message>
        <message>
            <source>Skipped, REFI-QDA projects (.qdpx) — import each with File › Import From › REFI-QDA Project:</source>
            <translation>Пропущены проекты REFI-QDA (.qdpx) — импортируйте каждый через Файл › Импорт из › Проект REFI-QDA:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln элемент</numerusform>
                <numerusform>%Ln элемента</numerusform>
                <numerusform>%Ln элементов</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Импорт %1…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was added</source>
            <translation>Импорт отменён; ничего не добавлено</translation>
        </message>
        <message>
            <source>Paste as New Source</source>
            <translation>Вставить как новый источник</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the deliverable</source>
            <translation>Язык документа</translation>
        </message>
        <message>
            <source>Sheet names, headings, sentences and dates of the workbook and the briefing</source>
            <translation>Названия листов, заголовки, предложения и даты книги и справки</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Applies when Parley starts again</source>
            <translation>Действует после перезапуска Parley</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>The new language applies when Parley starts again</source>
            <translation>Новый язык будет действовать после перезапуска Parley</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open a project (File › Open) or create one (File › New).</source>
            <translation>Откройте проект (Файл › Открыть) или создайте новый (Файл › Новый).</translation>
        </message>
        <message>
            <source>This project has no sources yet.

Drag files or folders here, use File › Import, or paste text with File › Paste as New Source.</source>
            <translation>В этом проекте пока нет источников.

Перетащите сюда файлы или папки, воспользуйтесь командой Файл › Импортировать или вставьте текст через Файл › Вставить как новый источник.</translation>
        </message>
        <message>
            <source>Cannot Open Project</source>
            <translation>Не удаётся открыть проект</translation>
        </message>
        <message>
            <source>Opened With Notes</source>
            <translation>Открыто с замечаниями</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 уже существует</translation>
        </message>
        <message>
            <source>open it, or choose another name</source>
            <translation>откройте его или выберите другое имя</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [только чтение]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Нечего отменять</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Нечего повторять</translation>
        </message>
        <message>
            <source> Recent (1–9): </source>
            <translation> Последние (1–9): </translation>
        </message>
        <message>
            <source> Recent codes appear here </source>
            <translation> Здесь появятся последние коды </translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Проект не открыт</translation>
        </message>
        <message>
            <source>read-only: changes cannot be saved</source>
            <translation>только чтение: изменения не сохраняются</translation>
        </message>
        <message>
            <source>all changes stored</source>
            <translation>все изменения сохранены</translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln annotation(s)</source>
            <translation>
                <numerusform>%Ln аннотация</numerusform>
                <numerusform>%Ln аннотации</numerusform>
                <numerusform>%Ln аннотаций</numerusform>
            </translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Отменено: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Повторено: %1</translation>
        </message>
    </context>
    <context>
        <name>MarkupController</name>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Keep these codes on their keys: while pinned, other codes do not enter the bar</source>
            <translation>Оставить эти коды на их клавишах: пока они закреплены, другие коды на панель не попадают</translation>
        </message>
        <message>
            <source>Select an annotation in the list, or put the cursor in a highlight</source>
            <translation>Выберите аннотацию в списке или поставьте курсор в подсвеченный фрагмент</translation>
        </message>
        <message>
            <source>Select some text first, then press C, S or R</source>
            <translation>Сначала выделите текст, затем нажмите C, S или R</translation>
        </message>
        <message>
            <source>No recent code %1 yet</source>
            <translation>Последнего кода %1 пока нет</translation>
        </message>
        <message>
            <source>Select some text first, then press a number for a recent code</source>
            <translation>Сначала выделите текст, затем нажмите цифру последнего кода</translation>
        </message>
        <message numerus="yes">
            <source>Marked %Ln hit(s)</source>
            <translation>
                <numerusform>Отмечено %Ln совпадение</numerusform>
                <numerusform>Отмечено %Ln совпадения</numerusform>
                <numerusform>Отмечено %Ln совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark All Hits</source>
            <translation>Отметить все совпадения</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hit(s)</source>
            <translation>
                <numerusform>%Ln совпадение</numerusform>
                <numerusform>%Ln совпадения</numerusform>
                <numerusform>%Ln совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark %1 %2 as %3?</source>
            <translation>Отметить %1 %2 как %3?</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln source(s)</source>
            <translation>
                <numerusform>в %Ln источнике</numerusform>
                <numerusform>в %Ln источниках</numerusform>
                <numerusform>в %Ln источниках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln Hit(s)</source>
            <translation>
                <numerusform>Отметить %Ln совпадение</numerusform>
                <numerusform>Отметить %Ln совпадения</numerusform>
                <numerusform>Отметить %Ln совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>Recent codes pinned to their keys</source>
            <translation>Последние коды закреплены за клавишами</translation>
        </message>
        <message>
            <source>Recent codes unpinned</source>
            <translation>Последние коды откреплены</translation>
        </message>
        <message>
            <source>Mark the selection as %1 (key %2)</source>
            <translation>Отметить выделенное как %1 (клавиша %2)</translation>
        </message>
        <message>
            <source>responds to</source>
            <translation>отвечает на</translation>
        </message>
        <message>
            <source>is answered by</source>
            <translation>на это отвечает</translation>
        </message>
        <message>
            <source>%1 — %2 brings it back</source>
            <translation>%1 — %2 вернёт</translation>
        </message>
        <message>
            <source>Put the cursor in a highlight to delete its annotation</source>
            <translation>Поставьте курсор в подсвеченный фрагмент, чтобы удалить его аннотацию</translation>
        </message>
        <message>
            <source>Put the cursor in a highlight, select the text it should cover, Ctrl+B</source>
            <translation>Поставьте курсор в подсвеченный фрагмент, выделите текст, который он должен охватывать, Ctrl+B</translation>
        </message>
        <message>
            <source>Select the text the annotation should cover</source>
            <translation>Выделите текст, который должна охватывать аннотация</translation>
        </message>
        <message>
            <source>Boundaries set: “%1”</source>
            <translation>Границы установлены: «%1»</translation>
        </message>
        <message>
            <source>Link to…</source>
            <translation>Связать с…</translation>
        </message>
        <message>
            <source>What does this annotation respond to? (a condition or statement)</source>
            <translation>На что отвечает эта аннотация? (условие или заявление)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Set Boundaries to Selection</source>
            <translation>Установить границы по выделению</translation>
        </message>
        <message>
            <source>Annotation “%1”</source>
            <translation>Аннотация «%1»</translation>
        </message>
    </context>
    <context>
        <name>MarkupPopup</name>
        <message>
            <source>Pick a code</source>
            <translation>Выберите код</translation>
        </message>
        <message>
            <source>Code name or alias</source>
            <translation>Название кода или другое имя</translation>
        </message>
        <message>
            <source>Type a name or alias…</source>
            <translation>Введите название или другое имя…</translation>
        </message>
        <message>
            <source>Matching codes</source>
            <translation>Подходящие коды</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Реакция</translation>
        </message>
        <message>
            <source> (another code)</source>
            <translation> (ещё один код)</translation>
        </message>
        <message>
            <source> for “%1”</source>
            <translation> для «%1»</translation>
        </message>
        <message>
            <source>Picked: </source>
            <translation>Выбрано: </translation>
        </message>
        <message>
            <source>Enter: apply · Tab: add another code · Esc: cancel</source>
            <translation>Enter: применить · Tab: добавить ещё код · Esc: отмена</translation>
        </message>
        <message>
            <source>Enter: apply all · Tab: add another · Backspace: drop last · Esc: cancel</source>
            <translation>Enter: применить все · Tab: добавить ещё · Backspace: убрать последний · Esc: отмена</translation>
        </message>
        <message>
            <source>Create “%1” under %2</source>
            <translation>Создать «%1» в группе «%2»</translation>
        </message>
        <message>
            <source>Nothing matches: type a name to create it, or Esc to cancel</source>
            <translation>Ничего не найдено: введите название, чтобы создать код, или Esc для отмены</translation>
        </message>
    </context>
    <context>
        <name>NewSpeakers</name>
        <message>
            <source>New Speakers</source>
            <translation>Новые спикеры</translation>
        </message>
        <message>
            <source>&amp;New Speakers</source>
            <translation>&amp;Новые спикеры</translation>
        </message>
        <message>
            <source>People the sources name who are not in the codebook yet</source>
            <translation>Люди, которых называют источники, но которых ещё нет в кодовой книге</translation>
        </message>
        <message>
            <source>New speakers: not available (see the log)</source>
            <translation>Новые спикеры: недоступно (см. журнал)</translation>
        </message>
        <message>
            <source>Looking for new speakers…</source>
            <translation>Поиск новых спикеров…</translation>
        </message>
        <message>
            <source>Looking for names not in the codebook…</source>
            <translation>Поиск имён, которых нет в кодовой книге…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln name(s) in the sources not in the codebook</source>
            <translation>
                <numerusform>%Ln имя из источников вне кодовой книги</numerusform>
                <numerusform>%Ln имени из источников вне кодовой книги</numerusform>
                <numerusform>%Ln имён из источников вне кодовой книги</numerusform>
            </translation>
        </message>
        <message>
            <source>Added “%1” to Speakers</source>
            <translation>Добавлено в спикеры: «%1»</translation>
        </message>
        <message>
            <source>“%1” dismissed until the project is reopened</source>
            <translation>Скрыто до повторного открытия проекта: «%1»</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Also written</source>
            <translation>Другие написания</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Упоминания</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message numerus="yes">
            <source>%Ln mention(s)</source>
            <translation>
                <numerusform>%Ln упоминание</numerusform>
                <numerusform>%Ln упоминания</numerusform>
                <numerusform>%Ln упоминаний</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter adds as a speaker, Delete dismisses</source>
            <translation>Enter добавляет как спикера, Delete скрывает</translation>
        </message>
        <message>
            <source>&amp;Add as Speaker</source>
            <translation>&amp;Добавить как спикера</translation>
        </message>
        <message>
            <source>Add the name to Speakers with its other spellings as aliases (Enter; one undo)</source>
            <translation>Добавить имя в спикеры, а другие его написания — как другие имена (Enter; отменяется одним шагом)</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Скрыть</translation>
        </message>
        <message>
            <source>Not a speaker: hide it until the project is reopened (Delete)</source>
            <translation>Не спикер: скрыть до повторного открытия проекта (Delete)</translation>
        </message>
        <message>
            <source>New speakers</source>
            <translation>Новые спикеры</translation>
        </message>
        <message>
            <source>Enter adds as a speaker, Delete dismisses; J and K move.</source>
            <translation>Enter добавляет как спикера, Delete скрывает; J и K — переходы.</translation>
        </message>
    </context>
    <context>
        <name>OutletsController</name>
        <message>
            <source>&amp;Outlets…</source>
            <translation>&amp;Издания…</translation>
        </message>
        <message>
            <source>Who published the sources: edit outlets, their groups, merge two</source>
            <translation>Кто опубликовал источники: править издания и их группы, объединять два в одно</translation>
        </message>
    </context>
    <context>
        <name>OutletsDialog</name>
        <message>
            <source>Outlets</source>
            <translation>Издания</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <source>Russian state media; Wire services</source>
            <translation>Российские государственные СМИ; Информационные агентства</translation>
        </message>
        <message>
            <source>The groups this outlet belongs to, separated by “;”</source>
            <translation>Группы, к которым относится издание, через «;»</translation>
        </message>
        <message>
            <source>Other spellings of the name, separated by “;”: a source naming one belongs here</source>
            <translation>Другие написания названия через «;»: источник, называющий одно из них, относится сюда</translation>
        </message>
        <message>
            <source>Web domains: an import from there belongs here</source>
            <translation>Веб-домены: импортированное оттуда относится сюда</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Страна:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Языки:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>&amp;Groups:</source>
            <translation>&amp;Группы:</translation>
        </message>
        <message>
            <source>Other s&amp;pellings:</source>
            <translation>Другие на&amp;писания:</translation>
        </message>
        <message>
            <source>&amp;Web domains:</source>
            <translation>&amp;Веб-домены:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Заметки:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>Store these details for the outlet (undo in the main window)</source>
            <translation>Сохранить эти сведения об издании (отмена — в главном окне)</translation>
        </message>
        <message>
            <source>&amp;New Outlet</source>
            <translation>&amp;Добавить издание</translation>
        </message>
        <message>
            <source>&amp;Merge Selected</source>
            <translation>&amp;Объединить выбранные</translation>
        </message>
        <message>
            <source>Merge the other selected outlets into the current one: one outlet, their names kept as other spellings</source>
            <translation>Объединить другие выбранные издания с текущим: останется одно издание, их названия сохранятся как другие написания</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message numerus="yes">
            <source>%1  (%Ln source(s))</source>
            <translation>
                <numerusform>%1  (%Ln источник)</numerusform>
                <numerusform>%1  (%Ln источника)</numerusform>
                <numerusform>%1  (%Ln источников)</numerusform>
            </translation>
        </message>
        <message>
            <source>An outlet needs a name.</source>
            <translation>У издания должно быть название.</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <source>Type to filter</source>
            <translation>Введите для фильтрации</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Parley projects (*.parley);;All files (*)</source>
            <translation>Проекты Parley (*.parley);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.docx *.odt *.pdf *.rtf);;All files (*)</source>
            <translation>Документы (*.txt *.text *.md *.markdown *.html *.htm *.docx *.odt *.pdf *.rtf);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <source>New Project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>Locate %1</source>
            <translation>Найти %1</translation>
        </message>
        <message>
            <source>Project Not Found</source>
            <translation>Проект не найден</translation>
        </message>
        <message>
            <source>The project you worked on last is no longer at
%1</source>
            <translation>Проекта, с которым вы работали в последний раз, больше нет по адресу
%1</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or deleted, or its drive is not connected. Locate it, open another project, or open the sample project.</source>
            <translation>Возможно, его переместили, переименовали или удалили либо диск не подключён. Найдите его, откройте другой проект или пример проекта.</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Найти…</translation>
        </message>
        <message>
            <source>Open Other…</source>
            <translation>Открыть другой…</translation>
        </message>
        <message>
            <source>Open Sample</source>
            <translation>Открыть пример</translation>
        </message>
        <message>
            <source>Import Sources</source>
            <translation>Импорт источников</translation>
        </message>
        <message>
            <source>Import a Folder of Sources</source>
            <translation>Импорт папки с источниками</translation>
        </message>
        <message>
            <source>Parley — Unexpected Problem</source>
            <translation>Parley — непредвиденная проблема</translation>
        </message>
        <message>
            <source>Something unexpected went wrong: %1</source>
            <translation>Произошла непредвиденная ошибка: %1</translation>
        </message>
        <message>
            <source>Your work is safe: every change you saw is already stored. Details are in the log file:
%1
Please report it.</source>
            <translation>Ваша работа в безопасности: каждое изменение, которое вы видели, уже сохранено. Подробности — в журнале:
%1
Пожалуйста, сообщите о проблеме.</translation>
        </message>
        <message>
            <source>Choose a Colour</source>
            <translation>Выберите цвет</translation>
        </message>
        <message>
            <source>Export To</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <source>Import a REFI-QDA Project</source>
            <translation>Импорт проекта REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
            <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Cannot Undo</source>
            <translation>Не удаётся отменить</translation>
        </message>
        <message>
            <source>Skip this step to leave it as it is and undo the steps before it, or keep it to try again later.</source>
            <translation>Пропустите этот шаг, чтобы оставить его как есть и отменить предыдущие, или оставьте его, чтобы попробовать позже.</translation>
        </message>
        <message>
            <source>Skip This Step</source>
            <translation>Пропустить шаг</translation>
        </message>
        <message>
            <source>Keep It</source>
            <translation>Оставить</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Source text</source>
            <translation>Текст источника</translation>
        </message>
        <message>
            <source>The current source. Select text, then press C, S or R to mark it, or 1 to 9 for a recent code. Delete removes the annotation at the cursor.</source>
            <translation>Текущий источник. Выделите текст и нажмите C, S или R, чтобы отметить его, или 1–9 для последнего кода. Delete удаляет аннотацию под курсором.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search for</source>
            <translation>Искать</translation>
        </message>
        <message>
            <source>Search — any script, case and accents ignored</source>
            <translation>Поиск — любая письменность, без учёта регистра и диакритики</translation>
        </message>
        <message>
            <source>Путин finds путин and ПУТИН; café finds CAFE</source>
            <translation>Путин находит путин и ПУТИН; café находит CAFE</translation>
        </message>
        <message>
            <source>Search where</source>
            <translation>Где искать</translation>
        </message>
        <message>
            <source>This source</source>
            <translation>Этот источник</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <source>Search the current source only, or every source</source>
            <translation>Искать только в текущем источнике или во всех</translation>
        </message>
        <message>
            <source>Mark All Hits As…</source>
            <translation>Отметить все совпадения как…</translation>
        </message>
        <message>
            <source>Mark every hit with a code in one step (one undo)</source>
            <translation>Отметить каждое совпадение кодом за один шаг (одна отмена)</translation>
        </message>
        <message>
            <source>Condition…</source>
            <translation>Условие…</translation>
        </message>
        <message>
            <source>Pick a condition for every hit</source>
            <translation>Выбрать условие для каждого совпадения</translation>
        </message>
        <message>
            <source>Speaker…</source>
            <translation>Спикер…</translation>
        </message>
        <message>
            <source>Pick a speaker for every hit</source>
            <translation>Выбрать спикера для каждого совпадения</translation>
        </message>
        <message>
            <source>Reaction…</source>
            <translation>Реакция…</translation>
        </message>
        <message>
            <source>Pick a reaction for every hit</source>
            <translation>Выбрать реакцию для каждого совпадения</translation>
        </message>
        <message>
            <source>Any Code…</source>
            <translation>Любой код…</translation>
        </message>
        <message>
            <source>Pick any code for every hit</source>
            <translation>Выбрать любой код для каждого совпадения</translation>
        </message>
        <message>
            <source>The query names a code: list every mention of it, in any alias, inflection or spelling</source>
            <translation>Запрос называет код: показать все его упоминания — под любым псевдонимом, в любой форме и написании</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Hit</source>
            <translation>Совпадение</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <source>mentions of %1</source>
            <translation>упоминания: %1</translation>
        </message>
        <message>
            <source>All mentions of %1</source>
            <translation>Все упоминания: %1</translation>
        </message>
        <message numerus="yes">
            <source>All mentions of a code this names (%n)</source>
            <translation>
                <numerusform>Все упоминания кода, который здесь назван (%n)</numerusform>
                <numerusform>Все упоминания кодов, которые здесь названы (%n)</numerusform>
                <numerusform>Все упоминания кодов, которые здесь названы (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 for “%3”</source>
            <translation>%1 %2 по запросу «%3»</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln source(s)</source>
            <translation>
                <numerusform>в %Ln источнике</numerusform>
                <numerusform>в %Ln источниках</numerusform>
                <numerusform>в %Ln источниках</numerusform>
            </translation>
        </message>
        <message>
            <source>Hit %1 of %2</source>
            <translation>Совпадение %1 из %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hit(s)</source>
            <translation>
                <numerusform>%Ln совпадение</numerusform>
                <numerusform>%Ln совпадения</numerusform>
                <numerusform>%Ln совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>No hits for “%1”</source>
            <translation>Ничего не найдено по запросу «%1»</translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <source>Source Details</source>
            <translation>Сведения об источнике</translation>
        </message>
        <message>
            <source>The headline or a short name for the source (required)</source>
            <translation>Заголовок или краткое название источника (обязательно)</translation>
        </message>
        <message>
            <source>Who published it: newspaper, agency, ministry, channel</source>
            <translation>Кто опубликовал: газета, агентство, министерство, канал</translation>
        </message>
        <message>
            <source>Author or authors, as credited</source>
            <translation>Автор или авторы, как указано</translation>
        </message>
        <message>
            <source>Where it was found</source>
            <translation>Где он найден</translation>
        </message>
        <message>
            <source>Language code(s), comma-separated when mixed, e.g. en, ru</source>
            <translation>Код(ы) языка, через запятую, если их несколько, напр. ru, en</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>&amp;Outlet:</source>
            <translation>&amp;Издание:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Автор:</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>&amp;Опубликовано:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>groups: %1</source>
            <translation>группы: %1</translation>
        </message>
        <message>
            <source>no details yet</source>
            <translation>сведений пока нет</translation>
        </message>
        <message>
            <source>Outlet “%1”: %2 (Source › Outlets…)</source>
            <translation>Издание «%1»: %2 (Источник › Издания…)</translation>
        </message>
        <message>
            <source>A source needs a title.</source>
            <translation>У источника должен быть заголовок.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · imported %4</source>
            <translation>%1 · %2 · %3 · импортировано %4</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>вставленный текст</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символа</numerusform>
                <numerusform>%Ln символов</numerusform>
            </translation>
        </message>
        <message>
            <source>File date: %1 (when the file was made, which need not be when it was published)</source>
            <translation>Дата файла: %1 (когда файл создан, что не обязательно совпадает с датой публикации)</translation>
        </message>
        <message>
            <source>Encoding: %1</source>
            <translation>Кодировка: %1</translation>
        </message>
        <message>
            <source> — detection: %1</source>
            <translation> — уверенность определения: %1</translation>
        </message>
        <message>
            <source>The document declares its language as %1</source>
            <translation>Документ указывает свой язык как %1</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <source>Coding status</source>
            <translation>Состояние кодирования</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Аннотации</translation>
        </message>
        <message>
            <source>%1
%2 · %3 · %4
%5 · %6 · coding %7</source>
            <translation>%1
%2 · %3 · %4
%5 · %6 · кодирование: %7</translation>
        </message>
        <message>
            <source>outlet unknown</source>
            <translation>издание неизвестно</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символа</numerusform>
                <numerusform>%Ln символов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln annotation(s)</source>
            <translation>
                <numerusform>%Ln аннотация</numerusform>
                <numerusform>%Ln аннотации</numerusform>
                <numerusform>%Ln аннотаций</numerusform>
            </translation>
        </message>
        <message>
            <source>coding %1</source>
            <translation>кодирование: %1</translation>
        </message>
        <message>
            <source>Filter sources</source>
            <translation>Фильтр источников</translation>
        </message>
        <message>
            <source>Show only sources whose title, outlet, date or language match</source>
            <translation>Показать только источники, у которых совпадает заголовок, издание, дата или язык</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Edit Details…</source>
            <translation>Изменить сведения…</translation>
        </message>
        <message>
            <source>Title, outlet, author, date, URL and language of the source</source>
            <translation>Заголовок, издание, автор, дата, URL и язык источника</translation>
        </message>
        <message>
            <source>Coding Status</source>
            <translation>Состояние кодирования</translation>
        </message>
        <message>
            <source>Mark the source as %1</source>
            <translation>Отметить состояние источника: %1</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>Удалить источник</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln Source(s)</source>
            <translation>
                <numerusform>Удалить %Ln источник</numerusform>
                <numerusform>Удалить %Ln источника</numerusform>
                <numerusform>Удалить %Ln источников</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the source and its annotations (undo brings them back)</source>
            <translation>Удалить источник и его аннотации (отмена вернёт их)</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Suggestions</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>Suggestions: not available (see the log)</source>
            <translation>Предложения недоступны (см. журнал)</translation>
        </message>
        <message>
            <source>Reading the sources for suggestions…</source>
            <translation>Чтение источников для предложений…</translation>
        </message>
        <message>
            <source>Reading for suggestions…</source>
            <translation>Чтение для предложений…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln suggestion(s) here</source>
            <translation>
                <numerusform>%Ln предложение здесь</numerusform>
                <numerusform>%Ln предложения здесь</numerusform>
                <numerusform>%Ln предложений здесь</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in all</source>
            <translation>
                <numerusform>всего %Ln</numerusform>
                <numerusform>всего %Ln</numerusform>
                <numerusform>всего %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source> · limited</source>
            <translation> · с ограничениями</translation>
        </message>
        <message>
            <source>Some sources were read only in part: %1</source>
            <translation>Некоторые источники прочитаны лишь частично: %1</translation>
        </message>
        <message>
            <source>Suggestions in this source and in every source (View › Go To › Suggestions)</source>
            <translation>Предложения в этом источнике и во всех источниках (Вид › Перейти к › Предложения)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln suggestion(s) in all sources</source>
            <translation>
                <numerusform>%Ln предложение во всех источниках</numerusform>
                <numerusform>%Ln предложения во всех источниках</numerusform>
                <numerusform>%Ln предложений во всех источниках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln suggestion(s) in this source</source>
            <translation>
                <numerusform>%Ln предложение в этом источнике</numerusform>
                <numerusform>%Ln предложения в этом источнике</numerusform>
                <numerusform>%Ln предложений в этом источнике</numerusform>
            </translation>
        </message>
        <message>
            <source>Source %1</source>
            <translation>Источник %1</translation>
        </message>
        <message>
            <source>Accepted “%1”</source>
            <translation>Принято «%1»</translation>
        </message>
        <message>
            <source>Rejected: not proposed again</source>
            <translation>Отклонено: больше не будет предлагаться</translation>
        </message>
        <message>
            <source>Accept Suggestion</source>
            <translation>Принять предложение</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s) without a speaker will stay listed.</source>
            <translation>
                <numerusform>%Ln высказывание без спикера останется в списке.</numerusform>
                <numerusform>%Ln высказывания без спикера останутся в списке.</numerusform>
                <numerusform>%Ln высказываний без спикера останутся в списке.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to accept: give the speakers first</source>
            <translation>Нечего принимать: сначала укажите спикеров</translation>
        </message>
        <message>
            <source>Accept All Shown</source>
            <translation>Принять все показанные</translation>
        </message>
        <message numerus="yes">
            <source>Accept %Ln suggestion(s) as annotations? One undo takes them all back.</source>
            <translation>
                <numerusform>Принять %Ln предложение как аннотацию? Одна отмена вернёт всё назад.</numerusform>
                <numerusform>Принять %Ln предложения как аннотации? Одна отмена вернёт всё назад.</numerusform>
                <numerusform>Принять %Ln предложений как аннотации? Одна отмена вернёт всё назад.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %Ln</source>
            <translation>
                <numerusform>Принять %Ln</numerusform>
                <numerusform>Принять %Ln</numerusform>
                <numerusform>Принять %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accepted %Ln suggestion(s)</source>
            <translation>
                <numerusform>Принято %Ln предложение</numerusform>
                <numerusform>Принято %Ln предложения</numerusform>
                <numerusform>Принято %Ln предложений</numerusform>
            </translation>
        </message>
        <message>
            <source>Mention</source>
            <translation>Упоминание</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Высказывание</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Упоминания</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Высказывания</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Условия</translation>
        </message>
        <message>
            <source>(pick the speaker: E)</source>
            <translation>(выберите спикера: E)</translation>
        </message>
        <message>
            <source>Suggestions where</source>
            <translation>Где искать предложения</translation>
        </message>
        <message>
            <source>This source</source>
            <translation>Этот источник</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <source>Kind of suggestion</source>
            <translation>Вид предложения</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <source>Suggestions with the code</source>
            <translation>Предложения с кодом</translation>
        </message>
        <message>
            <source>Any code</source>
            <translation>Любой код</translation>
        </message>
        <message>
            <source>Order suggestions by</source>
            <translation>Упорядочить предложения</translation>
        </message>
        <message>
            <source>By position</source>
            <translation>По расположению</translation>
        </message>
        <message>
            <source>By score</source>
            <translation>По оценке</translation>
        </message>
        <message>
            <source>Accept All Shown…</source>
            <translation>Принять все показанные…</translation>
        </message>
        <message>
            <source>Accept every suggestion listed, in one step (one undo)</source>
            <translation>Принять все предложения из списка за один шаг (одна отмена)</translation>
        </message>
        <message>
            <source>Enter accepts, Delete rejects, E edits before accepting; J and K move.</source>
            <translation>Enter принимает, Delete отклоняет, E позволяет изменить перед принятием; J и K — переход.</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <source>Connect to &amp;Server…</source>
            <translation>Подключиться к &amp;серверу…</translation>
        </message>
        <message>
            <source>Open a team project on a PostgreSQL server</source>
            <translation>Открыть командный проект на сервере PostgreSQL</translation>
        </message>
        <message>
            <source>Sign &amp;In as Coder…</source>
            <translation>&amp;Войти как кодировщик…</translation>
        </message>
        <message>
            <source>The name your annotations are recorded under</source>
            <translation>Имя, под которым записываются ваши аннотации</translation>
        </message>
        <message>
            <source>Show &amp;Annotations</source>
            <translation>Показывать &amp;аннотации</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Мои</translation>
        </message>
        <message>
            <source>Only the annotations you made</source>
            <translation>Только ваши аннотации</translation>
        </message>
        <message>
            <source>&amp;All Coders</source>
            <translation>&amp;Всех кодировщиков</translation>
        </message>
        <message>
            <source>Every coder's annotations</source>
            <translation>Аннотации всех кодировщиков</translation>
        </message>
        <message>
            <source>&amp;Chosen Coders…</source>
            <translation>&amp;Выбранных кодировщиков…</translation>
        </message>
        <message>
            <source>The annotations of coders you choose</source>
            <translation>Аннотации выбранных вами кодировщиков</translation>
        </message>
        <message>
            <source>&amp;Blind Double Coding</source>
            <translation>&amp;Слепое двойное кодирование</translation>
        </message>
        <message>
            <source>Each coder sees only their own mark-up until you, the lead, open adjudication (Compare › Intercoder Agreement)</source>
            <translation>Каждый кодировщик видит только свою разметку, пока вы как руководитель не откроете согласование (Сравнение › Согласованность кодировщиков)</translation>
        </message>
        <message>
            <source> · showing %1</source>
            <translation> · показано: %1</translation>
        </message>
        <message>
            <source> · blind coding (lead %1): showing only yours</source>
            <translation> · слепое кодирование (руководитель %1): видны только ваши</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Вы вошли как %1</translation>
        </message>
        <message>
            <source> (database role %1)</source>
            <translation> (роль в базе данных %1)</translation>
        </message>
        <message>
            <source>Your annotations are recorded as %1%2</source>
            <translation>Ваши аннотации записываются как %1%2</translation>
        </message>
        <message>
            <source>no coders</source>
            <translation>ни одного кодировщика</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>мои</translation>
        </message>
        <message>
            <source>all coders</source>
            <translation>все кодировщики</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Подключение к %1…</translation>
        </message>
        <message>
            <source>Cannot Open Project</source>
            <translation>Не удаётся открыть проект</translation>
        </message>
        <message>
            <source>Cannot Connect</source>
            <translation>Не удаётся подключиться</translation>
        </message>
        <message>
            <source>Sign In as Coder</source>
            <translation>Вход как кодировщик</translation>
        </message>
        <message>
            <source>Record your annotations under the name:
(empty: your login name)</source>
            <translation>Записывать ваши аннотации под именем:
(пусто: ваше имя входа)</translation>
        </message>
        <message>
            <source>Blind Double Coding</source>
            <translation>Слепое двойное кодирование</translation>
        </message>
        <message>
            <source>Each coder sees only their own mark-up until the lead opens adjudication.</source>
            <translation>Каждый кодировщик видит только свою разметку, пока руководитель не откроет согласование.</translation>
        </message>
        <message>
            <source>%1 leads this blind coding and opens adjudication.</source>
            <translation>%1 руководит этим слепым кодированием и открывает согласование.</translation>
        </message>
        <message>
            <source>Open Adjudication</source>
            <translation>Открыть согласование</translation>
        </message>
        <message>
            <source>End blind coding? Every coder will see everyone's mark-up, and agreement and adjudication become available.</source>
            <translation>Завершить слепое кодирование? Каждый кодировщик увидит разметку всех, а согласованность и согласование станут доступны.</translation>
        </message>
        <message>
            <source>%1 (you) — %2</source>
            <translation>%1 (вы) — %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Show Annotations Of</source>
            <translation>Чьи аннотации показывать</translation>
        </message>
        <message>
            <source>Show the annotations of these coders:</source>
            <translation>Показывать аннотации этих кодировщиков:</translation>
        </message>
        <message>
            <source>Cannot reach the project to look for colleagues' changes; trying again</source>
            <translation>Не удаётся связаться с проектом, чтобы проверить изменения коллег; пробуем ещё раз</translation>
        </message>
        <message>
            <source>Looking for colleagues' changes</source>
            <translation>Проверяем изменения коллег</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>Обновлено: %1</translation>
        </message>
        <message>
            <source>Changed by Someone Else</source>
            <translation>Изменено кем-то другим</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Пропущено: %1</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Изменено кем-то другим</translation>
        </message>
    </context>
    <context>
        <name>ViewController</name>
        <message>
            <source>No hits: search first (Ctrl+F)</source>
            <translation>Совпадений нет: сначала выполните поиск (Ctrl+F)</translation>
        </message>
        <message>
            <source>Hit %1 of %2</source>
            <translation>Совпадение %1 из %2</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>Ищем «%1»…</translation>
        </message>
        <message>
            <source>About Parley</source>
            <translation>О программе Parley</translation>
        </message>
        <message>
            <source>Log File</source>
            <translation>Файл журнала</translation>
        </message>
        <message>
            <source>Parley writes details for problem reports to:
%1</source>
            <translation>Parley записывает подробности для отчётов о проблемах в:
%1</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Выполняется…</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <source>Recent Codes</source>
            <translation>Последние коды</translation>
        </message>
        <message>
            <source>Recent codes</source>
            <translation>Последние коды</translation>
        </message>
        <message>
            <source>The codes you applied last: select text and press 1–9</source>
            <translation>Коды, которые вы применяли последними: выделите текст и нажмите 1–9</translation>
        </message>
        <message>
            <source>In This Source</source>
            <translation>В этом источнике</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>The letters in the first column of the list: %1</source>
            <translation>Буквы в первом столбце списка: %1</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Кодовая книга</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
</TS>
