<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en_GB">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New Project…</source>
            <translation>&amp;Новий проєкт…</translation>
        </message>
        <message>
            <source>Create an empty project file</source>
            <translation>Створити порожній файл проєкту</translation>
        </message>
        <message>
            <source>&amp;Open Project…</source>
            <translation>&amp;Відкрити проєкт…</translation>
        </message>
        <message>
            <source>Open a project file</source>
            <translation>Відкрити файл проєкту</translation>
        </message>
        <message>
            <source>&amp;Close Project</source>
            <translation>&amp;Закрити проєкт</translation>
        </message>
        <message>
            <source>Close the project (everything is already stored)</source>
            <translation>Закрити проєкт (усе вже збережено)</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>&amp;Імпортувати файли…</translation>
        </message>
        <message>
            <source>Add documents as sources (txt, html, docx, odt, pdf, md, rtf)</source>
            <translation>Додати документи як джерела (txt, html, docx, odt, pdf, md, rtf)</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Імпортувати &amp;теку…</translation>
        </message>
        <message>
            <source>Add every document in a folder</source>
            <translation>Додати всі документи з теки</translation>
        </message>
        <message>
            <source>&amp;Paste as New Source</source>
            <translation>Вст&amp;авити як нове джерело</translation>
        </message>
        <message>
            <source>Make a source of the text on the clipboard</source>
            <translation>Створити джерело з тексту в буфері обміну</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>Close Parley (everything is already stored)</source>
            <translation>Закрити Parley (усе вже збережено)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>Take back the last change</source>
            <translation>Скасувати останню зміну</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>Do again what was undone</source>
            <translation>Знову виконати скасоване</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копіювати</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>Копіювати виділений текст</translation>
        </message>
        <message>
            <source>&amp;Find in Source…</source>
            <translation>&amp;Знайти в джерелі…</translation>
        </message>
        <message>
            <source>Search the current source</source>
            <translation>Шукати в поточному джерелі</translation>
        </message>
        <message>
            <source>Find in &amp;Project…</source>
            <translation>Знайти в &amp;проєкті…</translation>
        </message>
        <message>
            <source>Search every source</source>
            <translation>Шукати в усіх джерелах</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Знайти &amp;далі</translation>
        </message>
        <message>
            <source>Go to the next hit</source>
            <translation>Перейти до наступного збігу</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Знайти по&amp;переднє</translation>
        </message>
        <message>
            <source>Go to the previous hit</source>
            <translation>Перейти до попереднього збігу</translation>
        </message>
        <message>
            <source>&amp;Condition…</source>
            <translation>&amp;Умова…</translation>
        </message>
        <message>
            <source>Mark the selection as a condition (C)</source>
            <translation>Позначити виділене як умову (C)</translation>
        </message>
        <message>
            <source>&amp;Speaker…</source>
            <translation>&amp;Спікер…</translation>
        </message>
        <message>
            <source>Mark who said the selection (S)</source>
            <translation>Позначити, хто сказав виділене (S)</translation>
        </message>
        <message>
            <source>&amp;Reaction…</source>
            <translation>&amp;Реакція…</translation>
        </message>
        <message>
            <source>Mark the selection as a reaction (R)</source>
            <translation>Позначити виділене як реакцію (R)</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спікер</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Реакція</translation>
        </message>
        <message>
            <source>&amp;Edit Annotation…</source>
            <translation>&amp;Редагувати анотацію…</translation>
        </message>
        <message>
            <source>Codes, note and boundaries of the selected annotation</source>
            <translation>Коди, нотатка й межі вибраної анотації</translation>
        </message>
        <message>
            <source>&amp;Delete Annotation</source>
            <translation>В&amp;идалити анотацію</translation>
        </message>
        <message>
            <source>Remove the selected annotations (undo brings them back)</source>
            <translation>Видалити вибрані анотації (скасування поверне їх)</translation>
        </message>
        <message>
            <source>&amp;Link to…</source>
            <translation>&amp;Пов’язати з…</translation>
        </message>
        <message>
            <source>Say what the selected reaction responds to</source>
            <translation>Вказати, на що відповідає вибрана реакція</translation>
        </message>
        <message>
            <source>Set &amp;Boundaries to Selection</source>
            <translation>Встановити &amp;межі за виділенням</translation>
        </message>
        <message>
            <source>Make the selected annotation cover exactly the selected text</source>
            <translation>Вибрана анотація охоплюватиме саме виділений текст</translation>
        </message>
        <message>
            <source>Source &amp;Details…</source>
            <translation>&amp;Відомості про джерело…</translation>
        </message>
        <message>
            <source>Title, outlet, author, date, URL and language</source>
            <translation>Назва, видання, автор, дата, URL і мова</translation>
        </message>
        <message>
            <source>Coding Status: To Do</source>
            <translation>Стан кодування: не розпочато</translation>
        </message>
        <message>
            <source>Nothing marked yet</source>
            <translation>Ще нічого не позначено</translation>
        </message>
        <message>
            <source>Coding Status: In Progress</source>
            <translation>Стан кодування: у роботі</translation>
        </message>
        <message>
            <source>Partly marked</source>
            <translation>Позначено частково</translation>
        </message>
        <message>
            <source>Coding Status: Done</source>
            <translation>Стан кодування: завершено</translation>
        </message>
        <message>
            <source>Fully marked; an empty cell in the comparison means the source does not report it</source>
            <translation>Позначено повністю; порожня клітинка в порівнянні означає, що джерело про це не повідомляє</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>Видалити джерело</translation>
        </message>
        <message>
            <source>Remove the current source and its annotations (undo brings them back)</source>
            <translation>Видалити поточне джерело та його анотації (скасування поверне їх)</translation>
        </message>
        <message>
            <source>&amp;Add Code…</source>
            <translation>&amp;Додати код…</translation>
        </message>
        <message>
            <source>A new code under the selected one</source>
            <translation>Новий код під вибраним</translation>
        </message>
        <message>
            <source>Add &amp;Root…</source>
            <translation>Додати &amp;корінь…</translation>
        </message>
        <message>
            <source>A new top-level group, like “Tone”</source>
            <translation>Нова група верхнього рівня, як-от «Тон»</translation>
        </message>
        <message>
            <source>&amp;Sources</source>
            <translation>&amp;Джерела</translation>
        </message>
        <message>
            <source>Move the focus to the sources</source>
            <translation>Перейти до джерел</translation>
        </message>
        <message>
            <source>&amp;Reader</source>
            <translation>&amp;Читач</translation>
        </message>
        <message>
            <source>Move the focus to the text</source>
            <translation>Перейти до тексту</translation>
        </message>
        <message>
            <source>&amp;Annotations</source>
            <translation>&amp;Анотації</translation>
        </message>
        <message>
            <source>Move the focus to the annotation list</source>
            <translation>Перейти до списку анотацій</translation>
        </message>
        <message>
            <source>&amp;Codebook</source>
            <translation>&amp;Кодова книга</translation>
        </message>
        <message>
            <source>Move the focus to the codebook</source>
            <translation>Перейти до кодової книги</translation>
        </message>
        <message>
            <source>S&amp;earch Results</source>
            <translation>Результати &amp;пошуку</translation>
        </message>
        <message>
            <source>Move the focus to the search</source>
            <translation>Перейти до пошуку</translation>
        </message>
        <message>
            <source>&amp;Next Panel</source>
            <translation>&amp;Наступна панель</translation>
        </message>
        <message>
            <source>Move the focus to the next panel</source>
            <translation>Перейти до наступної панелі</translation>
        </message>
        <message>
            <source>S&amp;uggestions</source>
            <translation>&amp;Пропозиції</translation>
        </message>
        <message>
            <source>Review what Parley proposes: Enter accepts, Delete rejects, E edits</source>
            <translation>Переглянути, що пропонує Parley: Enter — прийняти, Delete — відхилити, E — змінити</translation>
        </message>
        <message>
            <source>&amp;Previous Panel</source>
            <translation>П&amp;опередня панель</translation>
        </message>
        <message>
            <source>Move the focus to the previous panel</source>
            <translation>Перейти до попередньої панелі</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>&amp;Більший текст</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Збільшити текст</translation>
        </message>
        <message>
            <source>S&amp;maller Text</source>
            <translation>&amp;Менший текст</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Зменшити текст</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>Як у системі</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Світле</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Темне</translation>
        </message>
        <message>
            <source>%1 colours</source>
            <translation>Оформлення: %1</translation>
        </message>
        <message>
            <source>&amp;Conditions × Sources</source>
            <translation>&amp;Умови × джерела</translation>
        </message>
        <message>
            <source>Which source reports which condition, in what words</source>
            <translation>Яке джерело повідомляє про яку умову і якими словами</translation>
        </message>
        <message>
            <source>Show &amp;Compare</source>
            <translation>Показати &amp;порівняння</translation>
        </message>
        <message>
            <source>Switch between the reader and the compare view</source>
            <translation>Перемикати між текстом і порівнянням</translation>
        </message>
        <message>
            <source>&amp;Speakers × Sources</source>
            <translation>&amp;Спікери × джерела</translation>
        </message>
        <message>
            <source>Who is quoted where</source>
            <translation>Кого де цитують</translation>
        </message>
        <message>
            <source>Excel &amp;Workbook…</source>
            <translation>&amp;Книга Excel…</translation>
        </message>
        <message>
            <source>The comparison workbook for colleagues</source>
            <translation>Книга порівняння для колег</translation>
        </message>
        <message>
            <source>PDF &amp;Briefing…</source>
            <translation>&amp;Довідка PDF…</translation>
        </message>
        <message>
            <source>The briefing for distribution</source>
            <translation>Довідка для розсилання</translation>
        </message>
        <message>
            <source>&amp;REFI-QDA Project…</source>
            <translation>Проєкт &amp;REFI-QDA…</translation>
        </message>
        <message>
            <source>For MAXQDA, NVivo, ATLAS.ti, QualCoder</source>
            <translation>Для MAXQDA, NVivo, ATLAS.ti, QualCoder</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Порівняти</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Початок роботи</translation>
        </message>
        <message>
            <source>Select, C/S/R, compare, export: the first steps, with pictures</source>
            <translation>Виділити, C/S/R, порівняти, експортувати: перші кроки з ілюстраціями</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Every key Parley answers to</source>
            <translation>Усі клавіші, на які відповідає Parley</translation>
        </message>
        <message>
            <source>&amp;About Parley</source>
            <translation>&amp;Про Parley</translation>
        </message>
        <message>
            <source>Version and credits</source>
            <translation>Версія та подяки</translation>
        </message>
        <message>
            <source>Show &amp;Log File Location</source>
            <translation>Показати розташування &amp;журналу</translation>
        </message>
        <message>
            <source>Where Parley writes details for a problem report</source>
            <translation>Куди Parley записує подробиці для звіту про проблему</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Зміни</translation>
        </message>
        <message>
            <source>&amp;Mark</source>
            <translation>&amp;Розмітка</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Джерело</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>Com&amp;pare</source>
            <translation>&amp;Порівняння</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;Експорт</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Н&amp;едавні</translation>
        </message>
        <message>
            <source>Recent &amp;Codes</source>
            <translation>Недавні &amp;коди</translation>
        </message>
        <message>
            <source>Selected &amp;Code</source>
            <translation>Вибраний &amp;код</translation>
        </message>
        <message>
            <source>&amp;Go To</source>
            <translation>&amp;Перейти до</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Оформлення</translation>
        </message>
        <message>
            <source>&amp;Toolbars</source>
            <translation>&amp;Панелі інструментів</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основна</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основна панель інструментів</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Відкрити %1</translation>
        </message>
    </context>
    <context>
        <name>AdjudicateDialog</name>
        <message>
            <source>Edit the Adjudicated Span</source>
            <translation>Редагування узгодженого фрагмента</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Початок:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Кінець:</translation>
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
            <translation>Кінець має бути після початку.</translation>
        </message>
    </context>
    <context>
        <name>AgreementView</name>
        <message>
            <source>Intercoder Agreement</source>
            <translation>Узгодженість кодувальників</translation>
        </message>
        <message numerus="yes">
            <source>%1: αu (where the spans are) over the %Ln source(s) every one marked up; kappa and agreement on whether each used a code in a source (mean over pairs of coders). “—”: nothing to compare. What each figure means: “About these figures”.</source>
            <translation>
                <numerusform>%1: αu (де саме фрагменти) — за %Ln джерелом, яке розмітили всі; каппа й узгодженість — за тим, чи вжив кожен код у джерелі (середнє за парами кодувальників). «—»: нема чого порівнювати. Що означає кожен показник — у вкладці «Про ці показники».</numerusform>
                <numerusform>%1: αu (де саме фрагменти) — за %Ln джерелами, які розмітили всі; каппа й узгодженість — за тим, чи вжив кожен код у джерелі (середнє за парами кодувальників). «—»: нема чого порівнювати. Що означає кожен показник — у вкладці «Про ці показники».</numerusform>
                <numerusform>%1: αu (де саме фрагменти) — за %Ln джерелами, які розмітили всі; каппа й узгодженість — за тим, чи вжив кожен код у джерелі (середнє за парами кодувальників). «—»: нема чого порівнювати. Що означає кожен показник — у вкладці «Про ці показники».</numerusform>
            </translation>
        </message>
        <message>
            <source>By &amp;Kind and Code</source>
            <translation>За &amp;типом і кодом</translation>
        </message>
        <message>
            <source>By &amp;Source</source>
            <translation>За &amp;джерелом</translation>
        </message>
        <message>
            <source>&amp;Differences (%1)</source>
            <translation>&amp;Розбіжності (%1)</translation>
        </message>
        <message>
            <source>About &amp;These Figures</source>
            <translation>&amp;Про ці показники</translation>
        </message>
        <message>
            <source>Agreement per kind and code</source>
            <translation>Узгодженість за типом і кодом</translation>
        </message>
        <message>
            <source>Agreement per source</source>
            <translation>Узгодженість за джерелом</translation>
        </message>
        <message>
            <source>First coder</source>
            <translation>Перший кодувальник</translation>
        </message>
        <message>
            <source>Second coder</source>
            <translation>Другий кодувальник</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Розбіжність</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Differences between the coders</source>
            <translation>Розбіжності між кодувальниками</translation>
        </message>
        <message>
            <source>nothing here</source>
            <translation>тут нічого</translation>
        </message>
        <message>
            <source>code #%1</source>
            <translation>код №%1</translation>
        </message>
        <message>
            <source>the first coder</source>
            <translation>перший кодувальник</translation>
        </message>
        <message>
            <source>the second coder</source>
            <translation>другий кодувальник</translation>
        </message>
        <message>
            <source>On a difference: Enter shows it in the reader · 1 keep %1's · 2 keep %2's · B both · N neither · E edit · A copy every span the two marked alike. Decisions go into the coder “%3” (not compared as a person), one undo step each (Ctrl+Z); to make the deliverables from it, choose “%3” under Mark-up of in File › Export To.</source>
            <translation>На розбіжності: Enter показує її в читачі · 1 залишити варіант: %1 · 2 залишити варіант: %2 · B обидва · N жоден · E змінити · A скопіювати всі фрагменти, які обидва розмітили однаково. Рішення записуються кодувальнику «%3» (його не порівнюють як людину), кожне — один крок скасування (Ctrl+Z); щоб зробити з них матеріали, виберіть «%3» у полі «Розмітка» в меню Файл › Експорт до.</translation>
        </message>
        <message>
            <source>kept %1's</source>
            <translation>залишено варіант: %1</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>залишено обидва</translation>
        </message>
        <message>
            <source>keep neither</source>
            <translation>не залишено жодного</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>змінено</translation>
        </message>
        <message>
            <source>Intercoder &amp;Agreement…</source>
            <translation>&amp;Узгодженість кодувальників…</translation>
        </message>
        <message>
            <source>How far the coders agree on where they put which codes (αu, Cohen's kappa)</source>
            <translation>Наскільки кодувальники згодні в тому, де й які коди ставили (αu, каппа Коена)</translation>
        </message>
        <message>
            <source>Agreement needs two or more people who marked up the same sources.</source>
            <translation>Для узгодженості потрібні двоє чи більше людей, що розмічали ті самі джерела.</translation>
        </message>
        <message>
            <source>Coders with annotations: </source>
            <translation>Кодувальники з анотаціями: </translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Compare these coders:</source>
            <translation>Порівняти цих кодувальників:</translation>
        </message>
        <message>
            <source>Measuring intercoder agreement…</source>
            <translation>Обчислюємо узгодженість кодувальників…</translation>
        </message>
        <message>
            <source>There is nothing to compare yet.</source>
            <translation>Поки що нема чого порівнювати.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln span(s) %1 and %2 marked alike copied to “%3”</source>
            <translation>
                <numerusform>%Ln фрагмент, який %1 і %2 розмітили однаково, скопійовано до «%3»</numerusform>
                <numerusform>%Ln фрагменти, які %1 і %2 розмітили однаково, скопійовано до «%3»</numerusform>
                <numerusform>%Ln фрагментів, які %1 і %2 розмітили однаково, скопійовано до «%3»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AliasWarnings</name>
        <message>
            <source>%1 “%2” is never matched: %3</source>
            <translation>%1 «%2» ніколи не шукається: %3</translation>
        </message>
        <message>
            <source>Aliases never matched</source>
            <translation>Імена, які ніколи не шукаються</translation>
        </message>
        <message>
            <source>Kept as typed, but the suggestions never look for it: it would be found in nearly every text. Give a longer name or a fuller title instead.</source>
            <translation>Збережено, як введено, але пропозиції його ніколи не шукають: воно знайшлося б майже в кожному тексті. Краще дайте довше ім’я або повнішу посаду.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationDialog</name>
        <message>
            <source>Edit Annotation</source>
            <translation>Редагування анотації</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Коди</translation>
        </message>
        <message>
            <source>&amp;Add Code…</source>
            <translation>&amp;Додати код…</translation>
        </message>
        <message>
            <source>Pick or create another code for this span</source>
            <translation>Вибрати або створити ще один код для цього фрагмента</translation>
        </message>
        <message>
            <source>&amp;Remove Code</source>
            <translation>&amp;Прибрати код</translation>
        </message>
        <message>
            <source>Take the selected code off this span</source>
            <translation>Зняти вибраний код із цього фрагмента</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <source>Your remark on this span; shown on hover and in exports</source>
            <translation>Ваша примітка до фрагмента; видно в підказці та в експорті</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Початок</translation>
        </message>
        <message>
            <source>Start of the span, in characters (Unicode code points)</source>
            <translation>Початок фрагмента в символах (кодових точках Unicode)</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Кінець</translation>
        </message>
        <message>
            <source>End of the span, in characters (Unicode code points)</source>
            <translation>Кінець фрагмента в символах (кодових точках Unicode)</translation>
        </message>
        <message>
            <source>from</source>
            <comment>span bounds</comment>
            <translation>від</translation>
        </message>
        <message>
            <source>to</source>
            <comment>span bounds</comment>
            <translation>до</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Зв’язки</translation>
        </message>
        <message>
            <source>Remove &amp;Link</source>
            <translation>Прибрати &amp;зв’язок</translation>
        </message>
        <message>
            <source>Remove the selected link</source>
            <translation>Прибрати вибраний зв’язок</translation>
        </message>
        <message>
            <source>Codes:</source>
            <translation>Коди:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Нотатка:</translation>
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
            <translation>Зв’язки:</translation>
        </message>
        <message>
            <source>this span</source>
            <translation>цей фрагмент</translation>
        </message>
        <message>
            <source>(the end must come after the start)</source>
            <translation>(кінець має бути після початку)</translation>
        </message>
        <message>
            <source>An annotation needs at least one code (delete it instead).</source>
            <translation>Анотації потрібен хоча б один код (інакше видаліть її).</translation>
        </message>
        <message>
            <source>The span must end after it starts.</source>
            <translation>Фрагмент має закінчуватися після початку.</translation>
        </message>
        <message>
            <source>The span holds only white space.</source>
            <translation>Фрагмент містить лише пробіли.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <source>condition</source>
            <translation>умова</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>спікер</translation>
        </message>
        <message>
            <source>reaction</source>
            <translation>реакція</translation>
        </message>
        <message>
            <source>other</source>
            <translation>інше</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>зв’язок</translation>
        </message>
        <message>
            <source>linked to another annotation</source>
            <translation>пов’язано з іншою анотацією</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Нотатка: %1</translation>
        </message>
        <message>
            <source>
Linked to another annotation</source>
            <translation>
Пов’язано з іншою анотацією</translation>
        </message>
        <message>
            <source>Annotations in this source</source>
            <translation>Анотації в цьому джерелі</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Who demanded what, who answered, and how each source told it.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Compare how news sources report one political statement: the conditions set, who said what, and who reacted how.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Хто чого вимагав, хто відповів і як про це розповіло кожне джерело.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Порівнюйте, як новинні джерела подають одну політичну заяву: висунуті умови, хто що сказав і хто як відреагував.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Fonts: Noto (SIL Open Font License), DejaVu (Bitstream Vera licence).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Шрифти: Noto (SIL Open Font License), DejaVu (ліцензія Bitstream Vera).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Відкриття %1…</translation>
        </message>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 не існує</translation>
        </message>
        <message>
            <source>open a project with File › Open, or create one with File › New</source>
            <translation>відкрийте проєкт через Файл › Відкрити або створіть новий через Файл › Новий</translation>
        </message>
        <message>
            <source>Preparing the sample project…</source>
            <translation>Готуємо зразковий проєкт…</translation>
        </message>
    </context>
    <context>
        <name>ChooseDialog</name>
        <message numerus="yes">
            <source>Tick at least %n.</source>
            <translation>
                <numerusform>Позначте щонайменше %n.</numerusform>
                <numerusform>Позначте щонайменше %n.</numerusform>
                <numerusform>Позначте щонайменше %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>New Code under %1</source>
            <translation>Новий код у групі %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>The canonical name, as it should appear in exports</source>
            <translation>Основна назва, як її показувати в експорті</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Колір</translation>
        </message>
        <message>
            <source>The highlight colour of this code</source>
            <translation>Колір підсвічування цього коду</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>What the code means, for colleagues and the briefing</source>
            <translation>Що означає код — для колег і для довідки</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>A grouping for conditions, e.g. Territory or Security</source>
            <translation>Група для умов, наприклад «Територія» чи «Безпека»</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Інші імена</translation>
        </message>
        <message>
            <source>Other names, one per line, in any language or script (Путин, the Russian President)</source>
            <translation>Інші імена, по одному в рядку, будь-якою мовою й письмом (Путин, the Russian President)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>e.g. President of Russia</source>
            <translation>напр., президент Росії</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Належність</translation>
        </message>
        <message>
            <source>e.g. Kremlin, NATO, Office of the President of Ukraine</source>
            <translation>напр., Кремль, НАТО, Офіс Президента України</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Which side of the event the speaker stands on</source>
            <translation>На чиєму боці в цій події спікер</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Co&amp;lour:</source>
            <translation>&amp;Колір:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Опис:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>К&amp;атегорія:</translation>
        </message>
        <message>
            <source>&amp;Aliases:</source>
            <translation>&amp;Інші імена:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>A&amp;ffiliation:</source>
            <translation>Нал&amp;ежність:</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>&amp;Сторона:</translation>
        </message>
        <message>
            <source>A code needs a name.</source>
            <translation>Код повинен мати назву.</translation>
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
            <translation>верхній рівень (новий корінь)</translation>
        </message>
        <message>
            <source>Rename Code</source>
            <translation>Перейменування коду</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Нова назва:</translation>
        </message>
        <message>
            <source>Colour of “%1”</source>
            <translation>Колір «%1»</translation>
        </message>
        <message>
            <source>Move To…</source>
            <translation>Перемістити до…</translation>
        </message>
        <message>
            <source>Where should “%1” go?</source>
            <translation>Куди перемістити «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>Merge “%1” into “%2”? Its %Ln annotation(s) get “%2” instead</source>
            <translation>
                <numerusform>Об’єднати «%1» з «%2»? Його %Ln анотація отримає «%2» замість нього</numerusform>
                <numerusform>Об’єднати «%1» з «%2»? Його %Ln анотації отримають «%2» замість нього</numerusform>
                <numerusform>Об’єднати «%1» з «%2»? Його %Ln анотацій отримають «%2» замість нього</numerusform>
            </translation>
        </message>
        <message>
            <source> and its name becomes an alias.</source>
            <translation>, а його назва стане іншим ім’ям.</translation>
        </message>
        <message>
            <source>Merge Codes</source>
            <translation>Об’єднання кодів</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Об’єднати</translation>
        </message>
        <message>
            <source>Merge Into…</source>
            <translation>Об’єднати з…</translation>
        </message>
        <message>
            <source>Which code should “%1” become part of?</source>
            <translation>З яким кодом об’єднати «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln coding(s) will be removed</source>
            <translation>
                <numerusform>Буде знято %Ln позначку</numerusform>
                <numerusform>Буде знято %Ln позначки</numerusform>
                <numerusform>Буде знято %Ln позначок</numerusform>
            </translation>
        </message>
        <message>
            <source>It is not used yet</source>
            <translation>Він ще не використовується</translation>
        </message>
        <message numerus="yes">
            <source>, and %Ln annotation(s) left without any code will be deleted</source>
            <translation>
                <numerusform>, а %Ln анотацію, що лишиться без коду, буде видалено</numerusform>
                <numerusform>, а %Ln анотації, що лишаться без коду, буде видалено</numerusform>
                <numerusform>, а %Ln анотацій, що лишаться без коду, буде видалено</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete “%1” and the codes under it? %2. Undo brings it back.</source>
            <translation>Видалити «%1» і коди під ним? %2. Скасування поверне все назад.</translation>
        </message>
        <message>
            <source>Delete Code</source>
            <translation>Видалення коду</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
    </context>
    <context>
        <name>CodebookPanel</name>
        <message>
            <source>Conditions</source>
            <translation>Умови</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Спікери</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Реакції</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Категорія: %1</translation>
        </message>
        <message>
            <source>Also: </source>
            <translation>Також: </translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Належність</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message numerus="yes">
            <source>%Ln annotation(s)</source>
            <translation>
                <numerusform>%Ln анотація</numerusform>
                <numerusform>%Ln анотації</numerusform>
                <numerusform>%Ln анотацій</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a code or alias</source>
            <translation>Знайти код або інше ім’я</translation>
        </message>
        <message>
            <source>Find a code</source>
            <translation>Знайти код</translation>
        </message>
        <message>
            <source>Show only codes whose name or alias matches, in any script</source>
            <translation>Показати лише коди, назва чи інше ім’я яких збігається, будь-яким письмом</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Кодова книга</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>К-сть</translation>
        </message>
        <message>
            <source>Add Code Here…</source>
            <translation>Додати код сюди…</translation>
        </message>
        <message>
            <source>A new code under “%1”</source>
            <translation>Новий код під «%1»</translation>
        </message>
        <message>
            <source>Add Root…</source>
            <translation>Додати корінь…</translation>
        </message>
        <message>
            <source>A new top-level group, like “Tone”</source>
            <translation>Нова група верхнього рівня, як-от «Тон»</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Перейменувати…</translation>
        </message>
        <message>
            <source>Change the code's name (F2)</source>
            <translation>Змінити назву коду (F2)</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Колір…</translation>
        </message>
        <message>
            <source>Change the highlight colour</source>
            <translation>Змінити колір підсвічування</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Відомості…</translation>
        </message>
        <message>
            <source>Description, category and, for speakers, aliases, role, affiliation and side</source>
            <translation>Опис, категорія, а для спікерів — інші імена, роль, належність і сторона</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Вище</translation>
        </message>
        <message>
            <source>Earlier among its siblings</source>
            <translation>Раніше серед сусідніх кодів</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Нижче</translation>
        </message>
        <message>
            <source>Later among its siblings</source>
            <translation>Пізніше серед сусідніх кодів</translation>
        </message>
        <message>
            <source>Move To…</source>
            <translation>Перемістити до…</translation>
        </message>
        <message>
            <source>Put the code under another parent</source>
            <translation>Перемістити код під інший батьківський</translation>
        </message>
        <message>
            <source>Merge Into…</source>
            <translation>Об’єднати з…</translation>
        </message>
        <message>
            <source>Fold this code into another; its annotations follow</source>
            <translation>Влити цей код в інший; його анотації перейдуть разом із ним</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Видалити…</translation>
        </message>
        <message>
            <source>Delete the code and the codes under it (Delete)</source>
            <translation>Видалити код і коди під ним (Delete)</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Codes</source>
            <translation>Коди</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спікер</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Позначки</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиція в тексті</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оцінка</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <source>Close Compare</source>
            <translation>Закрити порівняння</translation>
        </message>
        <message>
            <source>Close the compare tab; the reader takes the whole centre</source>
            <translation>Закрити вкладку порівняння; текст займе весь центр</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Порівняти</translation>
        </message>
        <message>
            <source>Conditions, speakers and stances × sources</source>
            <translation>Умови, спікери й позиції × джерела</translation>
        </message>
        <message>
            <source>Could not compare</source>
            <translation>Не вдалося порівняти</translation>
        </message>
        <message>
            <source>Comparison cancelled — reopen to try again</source>
            <translation>Порівняння скасовано — відкрийте знову, щоб повторити</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Порівняння…</translation>
        </message>
        <message>
            <source>Comparing sources…</source>
            <translation>Порівнюємо джерела…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln source(s)</source>
            <translation>
                <numerusform>%1 з %Ln джерела</numerusform>
                <numerusform>%1 з %Ln джерел</numerusform>
                <numerusform>%1 з %Ln джерел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln джерело</numerusform>
                <numerusform>%Ln джерела</numerusform>
                <numerusform>%Ln джерел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln excerpt(s)</source>
            <translation>
                <numerusform>%Ln уривок</numerusform>
                <numerusform>%Ln уривки</numerusform>
                <numerusform>%Ln уривків</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareModel</name>
        <message>
            <source>Not coded yet: {title} is {status}, so an empty cell does not mean “not reported”</source>
            <translation>Ще не закодовано: стан «{title}» — {status}, тож порожня клітинка не означає «не повідомляє»</translation>
        </message>
        <message>
            <source>{title} does not report it (coding done)</source>
            <translation>«{title}» про це не повідомляє (кодування завершено)</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Умови</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Спікери</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спікер</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Реакції</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>outlet unknown</source>
            <translation>видання невідоме</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата невідома</translation>
        </message>
        <message>
            <source>coding %1</source>
            <translation>кодування: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln source(s) report it</source>
            <translation>
                <numerusform>Про це повідомляє %1 з %Ln джерела</numerusform>
                <numerusform>Про це повідомляють %1 з %Ln джерел</numerusform>
                <numerusform>Про це повідомляють %1 з %Ln джерел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln excerpt(s) in the chosen sources</source>
            <translation>
                <numerusform>%Ln уривок у вибраних джерелах</numerusform>
                <numerusform>%Ln уривки у вибраних джерелах</numerusform>
                <numerusform>%Ln уривків у вибраних джерелах</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; in %2: %Ln wording(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; у %2: %Ln формулювання</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; у %2: %Ln формулювання</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; у %2: %Ln формулювань</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; in %2: %Ln excerpt(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; у %2: %Ln уривок</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; у %2: %Ln уривки</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; у %2: %Ln уривків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… і ще %Ln</numerusform>
                <numerusform>… і ще %Ln</numerusform>
                <numerusform>… і ще %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Named as: </source>
            <translation>Названо як: </translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Разом</translation>
        </message>
        <message>
            <source>Also: </source>
            <translation>Також: </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Категорія: %1</translation>
        </message>
        <message>
            <source>Double-click to show it in the reader</source>
            <translation>Двічі клацніть, щоб показати його в читачі</translation>
        </message>
    </context>
    <context>
        <name>CompareOutlets</name>
        <message>
            <source>By outlet group</source>
            <translation>За групами видань</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронологія</translation>
        </message>
        <message>
            <source>Conditions × outlet groups: reported by k of n fully coded outlets; blindspots</source>
            <translation>Умови × групи видань: скільки з повністю закодованих видань групи наводять умову (k з n); сліпі плями</translation>
        </message>
        <message>
            <source>Who reported each condition first, and how much later the others did</source>
            <translation>Хто першим повідомив про кожну умову і наскільки пізніше — інші</translation>
        </message>
        <message>
            <source>No outlet of the compared sources is in a group yet: sort outlets into groups in Source › Outlets… (Ctrl+Shift+O).</source>
            <translation>Жодне видання порівнюваних джерел ще не входить до групи: розподіліть видання за групами в меню Джерело › Видання… (Ctrl+Shift+O).</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %Ln outlet(s) fully coded — %3</source>
            <translation>
                <numerusform>%1: повністю закодовано %2 з %Ln видання — %3</numerusform>
                <numerusform>%1: повністю закодовано %2 з %Ln видань — %3</numerusform>
                <numerusform>%1: повністю закодовано %2 з %Ln видань — %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2/%3 coded)</source>
            <translation>%1 (закодовано %2/%3)</translation>
        </message>
        <message>
            <source>Reported by: %1</source>
            <translation>Наводять: %1</translation>
        </message>
        <message>
            <source>Also by outlets not fully coded: %1</source>
            <translation>Також видання, закодовані не повністю: %1</translation>
        </message>
        <message>
            <source>Blindspot: no outlet of this group reports it</source>
            <translation>Сліпа пляма: жодне видання цієї групи її не наводить</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>Later by</source>
            <translation>Пізніше на</translation>
        </message>
        <message>
            <source>first</source>
            <comment>the first report of a condition</comment>
            <translation>першим</translation>
        </message>
        <message>
            <source>Conditions by outlet group</source>
            <translation>Умови за групами видань</translation>
        </message>
        <message>
            <source>Blindspots</source>
            <translation>Сліпі плями</translation>
        </message>
        <message>
            <source>reported by ≥ </source>
            <translation>наводять ≥ </translation>
        </message>
        <message>
            <source>% of a group</source>
            <translation>% групи</translation>
        </message>
        <message>
            <source>Share of one group's fully coded outlets reporting</source>
            <translation>Частка повністю закодованих видань групи, що наводять умову</translation>
        </message>
        <message>
            <source>none of ≥ </source>
            <translation>жодне з ≥ </translation>
        </message>
        <message>
            <source> coded of another</source>
            <translation> закодованих іншої</translation>
        </message>
        <message>
            <source>Fully coded outlets the silent group has at least</source>
            <translation>Щонайменше стільки повністю закодованих видань має група, що мовчить</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Застосувати</translation>
        </message>
        <message>
            <source>Store these numbers as the project's blindspot rule (undoable)</source>
            <translation>Зберегти ці числа як правило сліпих плям проєкту (можна скасувати)</translation>
        </message>
        <message>
            <source>Blindspots:</source>
            <translation>Сліпі плями:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln blindspot(s): a condition reported by at least %1 of one group's fully coded outlets (every source done) and by none of another group with at least %2. Enter on a cell or a blindspot shows its first excerpt in the reader.</source>
            <translation>
                <numerusform>%Ln сліпа пляма: умова, яку наводять щонайменше %1 повністю закодованих видань однієї групи (усі джерела завершено) і не наводить жодне видання іншої групи, що має їх щонайменше %2. Enter на клітинці чи сліпій плямі показує її перший уривок у читачі.</numerusform>
                <numerusform>%Ln сліпі плями: умова, яку наводять щонайменше %1 повністю закодованих видань однієї групи (усі джерела завершено) і не наводить жодне видання іншої групи, що має їх щонайменше %2. Enter на клітинці чи сліпій плямі показує її перший уривок у читачі.</numerusform>
                <numerusform>%Ln сліпих плям: умова, яку наводять щонайменше %1 повністю закодованих видань однієї групи (усі джерела завершено) і не наводить жодне видання іншої групи, що має їх щонайменше %2. Enter на клітинці чи сліпій плямі показує її перший уривок у читачі.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Наводять</translation>
        </message>
        <message>
            <source>Absent from</source>
            <translation>Відсутня в</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4)</source>
            <translation>%1: %2 з %3 (%4)</translation>
        </message>
        <message>
            <source>%1: none of %2 (%3)</source>
            <translation>%1: жодне з %2 (%3)</translation>
        </message>
        <message>
            <source>Timeline of first reports</source>
            <translation>Хронологія перших повідомлень</translation>
        </message>
        <message>
            <source>Times are compared where both sources give one, else whole days. Enter on a row shows that outlet's excerpt in the reader.</source>
            <translation>Час порівнюється, коли його вказують обидва джерела, інакше — цілими днями. Enter на рядку показує уривок цього видання в читачі.</translation>
        </message>
    </context>
    <context>
        <name>CompareVariants</name>
        <message>
            <source>Variants</source>
            <translation>Варіанти</translation>
        </message>
        <message>
            <source>Each condition's and speaker's statement's wordings side by side, and quotes that differ</source>
            <translation>Формулювання кожної умови та кожної заяви спікера поруч, а також цитати, що розходяться</translation>
        </message>
        <message>
            <source>No condition or statement is marked in two or more of the chosen sources yet.</source>
            <translation>Жодну умову чи заяву ще не позначено у двох чи більше з вибраних джерел.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Формулювання</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Відмінності</translation>
        </message>
        <message>
            <source>Reference (pinned)</source>
            <translation>Еталон (закріплено)</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Еталон</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Порівняно</translation>
        </message>
        <message>
            <source>Same words</source>
            <translation>Ті самі слова</translation>
        </message>
        <message>
            <source>Other language</source>
            <translation>Інша мова</translation>
        </message>
        <message>
            <source>Other passage</source>
            <translation>Інший фрагмент</translation>
        </message>
        <message>
            <source>Quoted first</source>
            <translation>Процитовано першим</translation>
        </message>
        <message>
            <source>Quoted differently</source>
            <translation>Процитовано інакше</translation>
        </message>
        <message>
            <source>Condition, statement or quote mismatch</source>
            <translation>Умова, заява або розбіжність цитат</translation>
        </message>
        <message>
            <source>Pin as Reference</source>
            <translation>Зробити еталоном</translation>
        </message>
        <message>
            <source>Make the chosen wording the reference the others are compared with</source>
            <translation>Зробити вибране формулювання еталоном, з яким порівнюються інші</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Відкріпити</translation>
        </message>
        <message>
            <source>Compare with the earliest published wording again</source>
            <translation>Знову порівнювати з найранішим опублікованим формулюванням</translation>
        </message>
        <message>
            <source>Wordings side by side</source>
            <translation>Формулювання поруч</translation>
        </message>
        <message numerus="yes">
            <source>%Ln variant group(s)</source>
            <translation>
                <numerusform>%Ln група варіантів</numerusform>
                <numerusform>%Ln групи варіантів</numerusform>
                <numerusform>%Ln груп варіантів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln quote mismatch(es).</source>
            <translation>
                <numerusform>%Ln розбіжність цитат.</numerusform>
                <numerusform>%Ln розбіжності цитат.</numerusform>
                <numerusform>%Ln розбіжностей цитат.</numerusform>
            </translation>
        </message>
        <message>
            <source>Amber: changed words; green: added; red, struck through: left out. Enter or a double-click shows a wording in the reader.</source>
            <translation>Жовтогарячим — змінені слова; зеленим — додані; червоним і закресленим — пропущені. Enter або подвійне клацання показує формулювання в читачі.</translation>
        </message>
        <message>
            <source>Quote mismatch: %1 — %2 / %3</source>
            <translation>Розбіжність цитат: %1 — %2 / %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln wording(s)</source>
            <translation>
                <numerusform>%Ln формулювання</numerusform>
                <numerusform>%Ln формулювання</numerusform>
                <numerusform>%Ln формулювань</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln differ</source>
            <translation>
                <numerusform>, %Ln відрізняється</numerusform>
                <numerusform>, %Ln відрізняються</numerusform>
                <numerusform>, %Ln відрізняються</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>All outlets</source>
            <translation>Усі видання</translation>
        </message>
        <message>
            <source>Hatched cells: the source is not coded yet (status to do or in progress), so an empty cell there does not mean “not reported”. Click a cell for its excerpts; double-click an excerpt to show it in the reader.</source>
            <translation>Заштриховані клітинки: джерело ще не закодоване (стан «не розпочато» чи «у роботі»), тож порожня клітинка там не означає «не повідомляє». Клацніть клітинку, щоб побачити її уривки; двічі клацніть уривок, щоб показати його в тексті.</translation>
        </message>
        <message>
            <source>%1 × Sources</source>
            <translation>%1 × джерела</translation>
        </message>
        <message>
            <source>Choose which sources the matrix compares</source>
            <translation>Виберіть, які джерела порівнює матриця</translation>
        </message>
        <message>
            <source>Only sources from this outlet</source>
            <translation>Лише джерела цього видання</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <source>Only sources published in this range (undated sources drop out)</source>
            <translation>Лише джерела, опубліковані в ці дати (джерела без дати випадають)</translation>
        </message>
        <message>
            <source>Comparison matrix</source>
            <translation>Матриця порівняння</translation>
        </message>
        <message>
            <source>Click a cell to see its excerpts.</source>
            <translation>Клацніть клітинку, щоб побачити її уривки.</translation>
        </message>
        <message>
            <source>Excerpts of the chosen cell</source>
            <translation>Уривки вибраної клітинки</translation>
        </message>
        <message>
            <source>All Sources</source>
            <translation>Усі джерела</translation>
        </message>
        <message>
            <source>No Sources</source>
            <translation>Жодного джерела</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без назви)</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Усі джерела</translation>
        </message>
        <message>
            <source>Sources: %1 of %2</source>
            <translation>Джерела: %1 з %2</translation>
        </message>
        <message>
            <source>No conditions in the codebook yet.</source>
            <translation>У кодовій книзі ще немає умов.</translation>
        </message>
        <message>
            <source>No speakers in the codebook yet.</source>
            <translation>У кодовій книзі ще немає спікерів.</translation>
        </message>
        <message>
            <source>No reactions in the codebook yet.</source>
            <translation>У кодовій книзі ще немає реакцій.</translation>
        </message>
        <message>
            <source>all chosen sources</source>
            <translation>усі вибрані джерела</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2: %Ln excerpt(s)</source>
            <translation>
                <numerusform>%1 — %2: %Ln уривок</numerusform>
                <numerusform>%1 — %2: %Ln уривки</numerusform>
                <numerusform>%1 — %2: %Ln уривків</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Type the server's host.</source>
            <translation>Введіть адресу сервера.</translation>
        </message>
        <message>
            <source>Type the server's database.</source>
            <translation>Введіть базу даних на сервері.</translation>
        </message>
        <message>
            <source>Type the server's user.</source>
            <translation>Введіть користувача сервера.</translation>
        </message>
        <message>
            <source>Connect to Server</source>
            <translation>Під’єднання до сервера</translation>
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
            <translation>Порт сервера; зазвичай у PostgreSQL це 5432</translation>
        </message>
        <message>
            <source>The project's database</source>
            <translation>База даних проєкту</translation>
        </message>
        <message>
            <source>Your login role on the server</source>
            <translation>Ваша роль входу на сервері</translation>
        </message>
        <message>
            <source>Leave empty to use the password kept in the system keyring</source>
            <translation>Залиште порожнім, щоб узяти пароль із системного сховища ключів</translation>
        </message>
        <message>
            <source>&amp;Remember password in the system keyring</source>
            <translation>&amp;Запам’ятати пароль у системному сховищі ключів</translation>
        </message>
        <message>
            <source>Kept by the operating system (Keychain, Credential Manager, Secret Service), never in Parley's settings or the project</source>
            <translation>Зберігає операційна система (Keychain, Credential Manager, Secret Service), ніколи — налаштування Parley чи проєкт</translation>
        </message>
        <message>
            <source>Empty: your annotations are recorded under your login role</source>
            <translation>Порожньо: ваші анотації записуються під вашою роллю входу</translation>
        </message>
        <message>
            <source>your login role</source>
            <translation>ваша роль входу</translation>
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
            <translation>&amp;База даних:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Користувач:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Coder name:</source>
            <translation>&amp;Ім’я кодувальника:</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Під’єднатися</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. 15/06/2024, 15 June 2024, 2024-06-15 10:30</source>
            <translation>напр. 15/06/2024, 15 червня 2024, 2024-06-15 10:30</translation>
        </message>
        <message>
            <source>Publication date, and a time if you know it. Numbers are read day first (15/06/2024); month names may be English, Russian or Ukrainian. Stored as 2024-06-15.</source>
            <translation>Дата публікації, а також час, якщо відомий. Числа читаються від дня (15/06/2024); назви місяців можуть бути англійською, українською чи російською. Зберігається як 2024-06-15.</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Календар…</translation>
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation>Вибрати дату в календарі</translation>
        </message>
        <message>
            <source>Not a date yet</source>
            <translation>Це ще не дата</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Невідомо</translation>
        </message>
        <message>
            <source>Read as %1</source>
            <translation>Прочитано як %1</translation>
        </message>
    </context>
    <context>
        <name>EncodingList</name>
        <message>
            <source>The encoding was a guess: choose the reading whose letters look right and press Enter.</source>
            <translation>Кодування було вгадано: виберіть прочитання, у якому літери виглядають правильно, і натисніть Enter.</translation>
        </message>
        <message>
            <source>&amp;Read as:</source>
            <translation>&amp;Читати як:</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Читати як</translation>
        </message>
        <message>
            <source> — current</source>
            <translation> — поточне</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s) in %1</source>
            <translation>
                <numerusform>%Ln символ у %1</numerusform>
                <numerusform>%Ln символи у %1</numerusform>
                <numerusform>%Ln символів у %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeController</name>
        <message>
            <source>Not carried over, or changed on the way:
</source>
            <translation>Не перенесено або змінено дорогою:
</translation>
        </message>
        <message>
            <source>&amp;REFI-QDA Project (.qdpx)…</source>
            <translation>Проєкт &amp;REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>Bring in a project from MAXQDA, NVivo, ATLAS.ti, QualCoder or Parley</source>
            <translation>Перенести проєкт із MAXQDA, NVivo, ATLAS.ti, QualCoder чи Parley</translation>
        </message>
        <message>
            <source>Import &amp;From</source>
            <translation>Імпорт &amp;з</translation>
        </message>
        <message>
            <source>E&amp;xport To</source>
            <translation>Е&amp;кспорт до</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 уже існує</translation>
        </message>
        <message>
            <source>open it, or choose another name</source>
            <translation>відкрийте його або виберіть іншу назву</translation>
        </message>
        <message>
            <source>Could not import %1</source>
            <translation>Не вдалося імпортувати %1</translation>
        </message>
        <message>
            <source>Import of %1 cancelled; the project is unchanged</source>
            <translation>Імпорт %1 скасовано; проєкт не змінився</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Імпорт %1…</translation>
        </message>
        <message>
            <source>REFI-QDA Import</source>
            <translation>Імпорт REFI-QDA</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>&amp;CSV or JSON Excerpts…</source>
            <translation>Уривки &amp;CSV або JSON…</translation>
        </message>
        <message>
            <source>Every excerpt with its codes and citation, for scripts</source>
            <translation>Кожен уривок із кодами й посиланням — для скриптів</translation>
        </message>
        <message>
            <source>An export is already running</source>
            <translation>Експорт уже триває</translation>
        </message>
        <message>
            <source>Could not export %1</source>
            <translation>Не вдалося експортувати %1</translation>
        </message>
        <message>
            <source>The export had finished before Cancel: %1</source>
            <translation>Експорт завершився ще до скасування: %1</translation>
        </message>
        <message>
            <source>Export cancelled; %1 was not written</source>
            <translation>Експорт скасовано; %1 не записано</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Експорт %1…</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Записано %1</translation>
        </message>
        <message>
            <source>Notes:
</source>
            <translation>Зауваги:
</translation>
        </message>
        <message>
            <source>Wrote %1
in %2</source>
            <translation>Записано %1
у %2</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Each condition’s wording, source by source</source>
            <translation>Формулювання кожної умови за джерелами</translation>
        </message>
        <message>
            <source>Every excerpt, whole (long)</source>
            <translation>Усі уривки повністю (довго)</translation>
        </message>
        <message>
            <source>None (the workbook lists the excerpts)</source>
            <translation>Без додатка (уривки — у робочій книзі)</translation>
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
            <translation>Довідка PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документи PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excerpts as CSV (.csv)</source>
            <translation>Уривки у CSV (.csv)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файли CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excerpts as JSON (.json)</source>
            <translation>Уривки в JSON (.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Файли JSON (*.json)</translation>
        </message>
        <message>
            <source>REFI-QDA project (.qdpx)</source>
            <translation>Проєкт REFI-QDA (.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>Проєкти REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Усі файли (*)</translation>
        </message>
        <message>
            <source>Parley export</source>
            <translation>Експорт Parley</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>Optional, e.g. “Internal — do not forward”</source>
            <translation>Необов’язково, напр. «Для службового користування»</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Довідка</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>&amp;Analyst:</source>
            <translation>&amp;Аналітик:</translation>
        </message>
        <message>
            <source>&amp;Classification line:</source>
            <translation>&amp;Гриф:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Формат сторінки:</translation>
        </message>
        <message>
            <source>Briefing appendix</source>
            <translation>Додаток до довідки</translation>
        </message>
        <message>
            <source>What the briefing's appendix holds; the workbook always has every excerpt</source>
            <translation>Що містить додаток до довідки; у робочій книзі завжди є всі уривки</translation>
        </message>
        <message>
            <source>Appendi&amp;x:</source>
            <translation>&amp;Додаток:</translation>
        </message>
        <message>
            <source>&amp;All sources (%1)</source>
            <translation>&amp;Усі джерела (%1)</translation>
        </message>
        <message>
            <source>&amp;Only the checked sources:</source>
            <translation>&amp;Лише позначені джерела:</translation>
        </message>
        <message>
            <source>Sources to export</source>
            <translation>Джерела для експорту</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(без назви)</translation>
        </message>
        <message>
            <source>coding %1</source>
            <translation>кодування: %1</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>Whose mark-up to export</source>
            <translation>Чию розмітку експортувати</translation>
        </message>
        <message>
            <source>Every coder</source>
            <translation>Усі кодувальники</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>Вихідний файл</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Огляд…</translation>
        </message>
        <message>
            <source>Choose the file to write</source>
            <translation>Вибрати файл для запису</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Експортувати</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Mark-up of:</source>
            <translation>&amp;Розмітка:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Зберегти як:</translation>
        </message>
        <message>
            <source>Only the PDF briefing uses these</source>
            <translation>Це потрібно лише для довідки PDF</translation>
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation>Виберіть файл для запису.</translation>
        </message>
        <message>
            <source>The file name must end in %1.</source>
            <translation>Назва файлу має закінчуватися на %1.</translation>
        </message>
        <message>
            <source>That is a folder: add a file name.</source>
            <translation>Це тека: додайте назву файлу.</translation>
        </message>
        <message>
            <source>Check at least one source.</source>
            <translation>Позначте хоча б одне джерело.</translation>
        </message>
        <message>
            <source>The project has no sources yet.</source>
            <translation>У проєкті ще немає джерел.</translation>
        </message>
        <message>
            <source>Cannot write in %1 — choose another folder.</source>
            <translation>Не вдається записати в %1 — виберіть іншу теку.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist — create it or choose another (Browse…).</source>
            <translation>Теки %1 не існує — створіть її або виберіть іншу (Огляд…).</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>Замінити файл?</translation>
        </message>
        <message>
            <source>%1 already exists in %2. Replace it?</source>
            <translation>%1 уже є в %2. Замінити?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Замінити</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source> or </source>
            <translation> або </translation>
        </message>
        <message>
            <source>In the reader</source>
            <translation>У читачі</translation>
        </message>
        <message>
            <source>Mark the selection: condition, speaker, reaction</source>
            <translation>Розмітити виділене: умова, спікер, реакція</translation>
        </message>
        <message>
            <source>Mark the selection with a recent code</source>
            <translation>Розмітити виділене нещодавнім кодом</translation>
        </message>
        <message>
            <source>Delete the annotation under the cursor</source>
            <translation>Видалити анотацію під курсором</translation>
        </message>
        <message>
            <source>In the search box</source>
            <translation>У полі пошуку</translation>
        </message>
        <message>
            <source>Next hit / previous hit</source>
            <translation>Наступний збіг / попередній збіг</translation>
        </message>
        <message>
            <source>Enter or Down / Shift+Enter or Up</source>
            <translation>Enter або Вниз / Shift+Enter або Вгору</translation>
        </message>
        <message>
            <source>In the annotation list</source>
            <translation>У списку анотацій</translation>
        </message>
        <message>
            <source>Edit the annotation</source>
            <translation>Змінити анотацію</translation>
        </message>
        <message>
            <source>Delete the selected annotations</source>
            <translation>Видалити вибрані анотації</translation>
        </message>
        <message>
            <source>In the codebook</source>
            <translation>У кодовій книзі</translation>
        </message>
        <message>
            <source>Rename the code</source>
            <translation>Перейменувати код</translation>
        </message>
        <message>
            <source>Code details</source>
            <translation>Відомості про код</translation>
        </message>
        <message>
            <source>Delete the code</source>
            <translation>Видалити код</translation>
        </message>
        <message>
            <source>In the compare excerpts</source>
            <translation>В уривках порівняння</translation>
        </message>
        <message>
            <source>Show the excerpt in the reader</source>
            <translation>Показати уривок у читачі</translation>
        </message>
        <message>
            <source>In the suggestions</source>
            <translation>У пропозиціях</translation>
        </message>
        <message>
            <source>Accept the suggestion (one undo)</source>
            <translation>Прийняти пропозицію (один крок скасування)</translation>
        </message>
        <message>
            <source>Reject it: never proposed again (undoable)</source>
            <translation>Відхилити: більше не пропонуватиметься (можна скасувати)</translation>
        </message>
        <message>
            <source>Edit its bounds and codes, then accept</source>
            <translation>Змінити межі й коди, потім прийняти</translation>
        </message>
        <message>
            <source>Next / previous suggestion</source>
            <translation>Наступна / попередня пропозиція</translation>
        </message>
        <message>
            <source>J / K or Down / Up</source>
            <translation>J / K або Вниз / Вгору</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Деінде</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Filter: a command, a menu or a key</source>
            <translation>Фільтр: команда, меню чи клавіша</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
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
            <translation>Початок роботи з Parley</translation>
        </message>
        <message>
            <source>The Getting Started page is missing from this installation — reinstall Parley.</source>
            <translation>У цьому встановленні немає сторінки «Початок роботи» — перевстановіть Parley.</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>%Ln source(s) added.</source>
            <translation>
                <numerusform>Додано %Ln джерело.</numerusform>
                <numerusform>Додано %Ln джерела.</numerusform>
                <numerusform>Додано %Ln джерел.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) could not be imported.</source>
            <translation>
                <numerusform>%Ln файл не вдалося імпортувати.</numerusform>
                <numerusform>%Ln файли не вдалося імпортувати.</numerusform>
                <numerusform>%Ln файлів не вдалося імпортувати.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) skipped (unsupported type).</source>
            <translation>
                <numerusform>Пропущено %Ln файл (непідтримуваний тип).</numerusform>
                <numerusform>Пропущено %Ln файли (непідтримуваний тип).</numerusform>
                <numerusform>Пропущено %Ln файлів (непідтримуваний тип).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln REFI-QDA project(s) skipped (import from File › Import From).</source>
            <translation>
                <numerusform>Пропущено %Ln проєкт REFI-QDA (імпортуйте через Файл › Імпорт з).</numerusform>
                <numerusform>Пропущено %Ln проєкти REFI-QDA (імпортуйте через Файл › Імпорт з).</numerusform>
                <numerusform>Пропущено %Ln проєктів REFI-QDA (імпортуйте через Файл › Імпорт з).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Не імпортовано:</translation>
        </message>
        <message>
            <source>Already in the project (same bytes), skipped:</source>
            <translation>Уже є в проєкті (ті самі байти), пропущено:</translation>
        </message>
        <message>
            <source>• %1 (as “%2”)</source>
            <translation>• %1 (як «%2»)</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Попередження:</translation>
        </message>
        <message>
            <source>Skipped, not a type Parley imports (%1):</source>
            <translation>Пропущено, Parley не імпортує такий тип (%1):</translation>
        </message>
        <message>
            <source>Skipped, REFI-QDA projects (.qdpx) — import each with File › Import From › REFI-QDA Project:</source>
            <translation>Пропущено проєкти REFI-QDA (.qdpx) — імпортуйте кожен через Файл › Імпорт з › Проєкт REFI-QDA:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln елемент</numerusform>
                <numerusform>%Ln елементи</numerusform>
                <numerusform>%Ln елементів</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Імпорт %1…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was added</source>
            <translation>Імпорт скасовано; нічого не додано</translation>
        </message>
        <message>
            <source>Paste as New Source</source>
            <translation>Вставити як нове джерело</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Імпорт</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the deliverable</source>
            <translation>Мова документа</translation>
        </message>
        <message>
            <source>Sheet names, headings, sentences and dates of the workbook and the briefing</source>
            <translation>Назви аркушів, заголовки, речення й дати книги та довідки</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>Applies when Parley starts again</source>
            <translation>Діє після перезапуску Parley</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>Як у системі</translation>
        </message>
        <message>
            <source>The new language applies when Parley starts again</source>
            <translation>Нова мова діятиме після перезапуску Parley</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open a project (File › Open) or create one (File › New).</source>
            <translation>Відкрийте проєкт (Файл › Відкрити) або створіть новий (Файл › Новий).</translation>
        </message>
        <message>
            <source>This project has no sources yet.

Drag files or folders here, use File › Import, or paste text with File › Paste as New Source.</source>
            <translation>У цьому проєкті ще немає джерел.

Перетягніть сюди файли чи теки, скористайтеся командою Файл › Імпортувати або вставте текст через Файл › Вставити як нове джерело.</translation>
        </message>
        <message>
            <source>Cannot Open Project</source>
            <translation>Не вдається відкрити проєкт</translation>
        </message>
        <message>
            <source>Opened With Notes</source>
            <translation>Відкрито із зауваженнями</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 уже існує</translation>
        </message>
        <message>
            <source>open it, or choose another name</source>
            <translation>відкрийте його або виберіть іншу назву</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [лише читання]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Нічого скасовувати</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Нічого повторювати</translation>
        </message>
        <message>
            <source> Recent (1–9): </source>
            <translation> Недавні (1–9): </translation>
        </message>
        <message>
            <source> Recent codes appear here </source>
            <translation> Тут з’являться недавні коди </translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Проєкт не відкрито</translation>
        </message>
        <message>
            <source>read-only: changes cannot be saved</source>
            <translation>лише читання: зміни не зберігаються</translation>
        </message>
        <message>
            <source>all changes stored</source>
            <translation>усі зміни збережено</translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln джерело</numerusform>
                <numerusform>%Ln джерела</numerusform>
                <numerusform>%Ln джерел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln annotation(s)</source>
            <translation>
                <numerusform>%Ln анотація</numerusform>
                <numerusform>%Ln анотації</numerusform>
                <numerusform>%Ln анотацій</numerusform>
            </translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Скасовано: %1</translation>
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
            <translation>Закріпити</translation>
        </message>
        <message>
            <source>Keep these codes on their keys: while pinned, other codes do not enter the bar</source>
            <translation>Залишити ці коди на їхніх клавішах: поки вони закріплені, інші коди на панель не потрапляють</translation>
        </message>
        <message>
            <source>Select an annotation in the list, or put the cursor in a highlight</source>
            <translation>Виберіть анотацію в списку або поставте курсор у підсвічений фрагмент</translation>
        </message>
        <message>
            <source>Select some text first, then press C, S or R</source>
            <translation>Спершу виділіть текст, потім натисніть C, S або R</translation>
        </message>
        <message>
            <source>No recent code %1 yet</source>
            <translation>Недавнього коду %1 ще немає</translation>
        </message>
        <message>
            <source>Select some text first, then press a number for a recent code</source>
            <translation>Спершу виділіть текст, потім натисніть цифру недавнього коду</translation>
        </message>
        <message numerus="yes">
            <source>Marked %Ln hit(s)</source>
            <translation>
                <numerusform>Позначено %Ln збіг</numerusform>
                <numerusform>Позначено %Ln збіги</numerusform>
                <numerusform>Позначено %Ln збігів</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark All Hits</source>
            <translation>Позначити всі збіги</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hit(s)</source>
            <translation>
                <numerusform>%Ln збіг</numerusform>
                <numerusform>%Ln збіги</numerusform>
                <numerusform>%Ln збігів</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark %1 %2 as %3?</source>
            <translation>Позначити %1 %2 як %3?</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln source(s)</source>
            <translation>
                <numerusform>у %Ln джерелі</numerusform>
                <numerusform>у %Ln джерелах</numerusform>
                <numerusform>у %Ln джерелах</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln Hit(s)</source>
            <translation>
                <numerusform>Позначити %Ln збіг</numerusform>
                <numerusform>Позначити %Ln збіги</numerusform>
                <numerusform>Позначити %Ln збігів</numerusform>
            </translation>
        </message>
        <message>
            <source>Recent codes pinned to their keys</source>
            <translation>Недавні коди закріплено за клавішами</translation>
        </message>
        <message>
            <source>Recent codes unpinned</source>
            <translation>Недавні коди відкріплено</translation>
        </message>
        <message>
            <source>Mark the selection as %1 (key %2)</source>
            <translation>Позначити виділене як %1 (клавіша %2)</translation>
        </message>
        <message>
            <source>responds to</source>
            <translation>відповідає на</translation>
        </message>
        <message>
            <source>is answered by</source>
            <translation>на це відповідає</translation>
        </message>
        <message>
            <source>%1 — %2 brings it back</source>
            <translation>%1 — %2 поверне</translation>
        </message>
        <message>
            <source>Put the cursor in a highlight to delete its annotation</source>
            <translation>Поставте курсор у підсвічений фрагмент, щоб видалити його анотацію</translation>
        </message>
        <message>
            <source>Put the cursor in a highlight, select the text it should cover, Ctrl+B</source>
            <translation>Поставте курсор у підсвічений фрагмент, виділіть текст, який він має охоплювати, Ctrl+B</translation>
        </message>
        <message>
            <source>Select the text the annotation should cover</source>
            <translation>Виділіть текст, який має охоплювати анотація</translation>
        </message>
        <message>
            <source>Boundaries set: “%1”</source>
            <translation>Межі встановлено: «%1»</translation>
        </message>
        <message>
            <source>Link to…</source>
            <translation>Пов’язати з…</translation>
        </message>
        <message>
            <source>What does this annotation respond to? (a condition or statement)</source>
            <translation>На що відповідає ця анотація? (умова чи заява)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Редагувати…</translation>
        </message>
        <message>
            <source>Set Boundaries to Selection</source>
            <translation>Встановити межі за виділенням</translation>
        </message>
        <message>
            <source>Annotation “%1”</source>
            <translation>Анотація «%1»</translation>
        </message>
    </context>
    <context>
        <name>MarkupPopup</name>
        <message>
            <source>Pick a code</source>
            <translation>Виберіть код</translation>
        </message>
        <message>
            <source>Code name or alias</source>
            <translation>Назва коду або інше ім’я</translation>
        </message>
        <message>
            <source>Type a name or alias…</source>
            <translation>Введіть назву або інше ім’я…</translation>
        </message>
        <message>
            <source>Matching codes</source>
            <translation>Відповідні коди</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Спікер</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Реакція</translation>
        </message>
        <message>
            <source> (another code)</source>
            <translation> (ще один код)</translation>
        </message>
        <message>
            <source> for “%1”</source>
            <translation> для «%1»</translation>
        </message>
        <message>
            <source>Picked: </source>
            <translation>Вибрано: </translation>
        </message>
        <message>
            <source>Enter: apply · Tab: add another code · Esc: cancel</source>
            <translation>Enter: застосувати · Tab: додати ще код · Esc: скасувати</translation>
        </message>
        <message>
            <source>Enter: apply all · Tab: add another · Backspace: drop last · Esc: cancel</source>
            <translation>Enter: застосувати всі · Tab: додати ще · Backspace: прибрати останній · Esc: скасувати</translation>
        </message>
        <message>
            <source>Create “%1” under %2</source>
            <translation>Створити «%1» в групі «%2»</translation>
        </message>
        <message>
            <source>Nothing matches: type a name to create it, or Esc to cancel</source>
            <translation>Нічого не знайдено: введіть назву, щоб створити код, або Esc, щоб скасувати</translation>
        </message>
    </context>
    <context>
        <name>NewSpeakers</name>
        <message>
            <source>New Speakers</source>
            <translation>Нові спікери</translation>
        </message>
        <message>
            <source>&amp;New Speakers</source>
            <translation>&amp;Нові спікери</translation>
        </message>
        <message>
            <source>People the sources name who are not in the codebook yet</source>
            <translation>Люди, яких називають джерела, але яких ще немає в кодовій книзі</translation>
        </message>
        <message>
            <source>New speakers: not available (see the log)</source>
            <translation>Нові спікери: недоступно (див. журнал)</translation>
        </message>
        <message>
            <source>Looking for new speakers…</source>
            <translation>Пошук нових спікерів…</translation>
        </message>
        <message>
            <source>Looking for names not in the codebook…</source>
            <translation>Пошук імен, яких немає в кодовій книзі…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln name(s) in the sources not in the codebook</source>
            <translation>
                <numerusform>%Ln ім’я з джерел поза кодовою книгою</numerusform>
                <numerusform>%Ln імені з джерел поза кодовою книгою</numerusform>
                <numerusform>%Ln імен з джерел поза кодовою книгою</numerusform>
            </translation>
        </message>
        <message>
            <source>Added “%1” to Speakers</source>
            <translation>Додано до спікерів: «%1»</translation>
        </message>
        <message>
            <source>“%1” dismissed until the project is reopened</source>
            <translation>Приховано до повторного відкриття проєкту: «%1»</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Also written</source>
            <translation>Інші написання</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Згадки</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message numerus="yes">
            <source>%Ln mention(s)</source>
            <translation>
                <numerusform>%Ln згадка</numerusform>
                <numerusform>%Ln згадки</numerusform>
                <numerusform>%Ln згадок</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter adds as a speaker, Delete dismisses</source>
            <translation>Enter додає як спікера, Delete приховує</translation>
        </message>
        <message>
            <source>&amp;Add as Speaker</source>
            <translation>&amp;Додати як спікера</translation>
        </message>
        <message>
            <source>Add the name to Speakers with its other spellings as aliases (Enter; one undo)</source>
            <translation>Додати ім’я до спікерів, а інші його написання — як інші імена (Enter; скасовується одним кроком)</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Приховати</translation>
        </message>
        <message>
            <source>Not a speaker: hide it until the project is reopened (Delete)</source>
            <translation>Не спікер: приховати до повторного відкриття проєкту (Delete)</translation>
        </message>
        <message>
            <source>New speakers</source>
            <translation>Нові спікери</translation>
        </message>
        <message>
            <source>Enter adds as a speaker, Delete dismisses; J and K move.</source>
            <translation>Enter додає як спікера, Delete приховує; J і K — переходи.</translation>
        </message>
    </context>
    <context>
        <name>OutletsController</name>
        <message>
            <source>&amp;Outlets…</source>
            <translation>&amp;Видання…</translation>
        </message>
        <message>
            <source>Who published the sources: edit outlets, their groups, merge two</source>
            <translation>Хто опублікував джерела: редагувати видання та їхні групи, об’єднувати два в одне</translation>
        </message>
    </context>
    <context>
        <name>OutletsDialog</name>
        <message>
            <source>Outlets</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(не вказано)</translation>
        </message>
        <message>
            <source>Russian state media; Wire services</source>
            <translation>Російські державні ЗМІ; Інформаційні агентства</translation>
        </message>
        <message>
            <source>The groups this outlet belongs to, separated by “;”</source>
            <translation>Групи, до яких належить видання, через «;»</translation>
        </message>
        <message>
            <source>Other spellings of the name, separated by “;”: a source naming one belongs here</source>
            <translation>Інші написання назви через «;»: джерело, що називає одне з них, належить сюди</translation>
        </message>
        <message>
            <source>Web domains: an import from there belongs here</source>
            <translation>Веб-домени: імпортоване звідти належить сюди</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Країна:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Мови:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>&amp;Groups:</source>
            <translation>&amp;Групи:</translation>
        </message>
        <message>
            <source>Other s&amp;pellings:</source>
            <translation>Інші напи&amp;сання:</translation>
        </message>
        <message>
            <source>&amp;Web domains:</source>
            <translation>&amp;Веб-домени:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Примітки:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>Store these details for the outlet (undo in the main window)</source>
            <translation>Зберегти ці відомості про видання (скасування — у головному вікні)</translation>
        </message>
        <message>
            <source>&amp;New Outlet</source>
            <translation>&amp;Додати видання</translation>
        </message>
        <message>
            <source>&amp;Merge Selected</source>
            <translation>&amp;Об’єднати вибрані</translation>
        </message>
        <message>
            <source>Merge the other selected outlets into the current one: one outlet, their names kept as other spellings</source>
            <translation>Об’єднати інші вибрані видання з поточним: лишиться одне видання, їхні назви збережуться як інші написання</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>В&amp;идалити</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message numerus="yes">
            <source>%1  (%Ln source(s))</source>
            <translation>
                <numerusform>%1  (%Ln джерело)</numerusform>
                <numerusform>%1  (%Ln джерела)</numerusform>
                <numerusform>%1  (%Ln джерел)</numerusform>
            </translation>
        </message>
        <message>
            <source>An outlet needs a name.</source>
            <translation>Виданню потрібна назва.</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <source>Type to filter</source>
            <translation>Введіть для фільтрування</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фільтр</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Parley projects (*.parley);;All files (*)</source>
            <translation>Проєкти Parley (*.parley);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.docx *.odt *.pdf *.rtf);;All files (*)</source>
            <translation>Документи (*.txt *.text *.md *.markdown *.html *.htm *.docx *.odt *.pdf *.rtf);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>Відкрити проєкт</translation>
        </message>
        <message>
            <source>New Project</source>
            <translation>Новий проєкт</translation>
        </message>
        <message>
            <source>Locate %1</source>
            <translation>Знайти %1</translation>
        </message>
        <message>
            <source>Project Not Found</source>
            <translation>Проєкт не знайдено</translation>
        </message>
        <message>
            <source>The project you worked on last is no longer at
%1</source>
            <translation>Проєкту, з яким ви працювали востаннє, більше немає за адресою
%1</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or deleted, or its drive is not connected. Locate it, open another project, or open the sample project.</source>
            <translation>Можливо, його перемістили, перейменували чи видалили або диск не під’єднано. Знайдіть його, відкрийте інший проєкт або зразковий проєкт.</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Знайти…</translation>
        </message>
        <message>
            <source>Open Other…</source>
            <translation>Відкрити інший…</translation>
        </message>
        <message>
            <source>Open Sample</source>
            <translation>Відкрити зразок</translation>
        </message>
        <message>
            <source>Import Sources</source>
            <translation>Імпорт джерел</translation>
        </message>
        <message>
            <source>Import a Folder of Sources</source>
            <translation>Імпорт теки з джерелами</translation>
        </message>
        <message>
            <source>Parley — Unexpected Problem</source>
            <translation>Parley — неочікувана проблема</translation>
        </message>
        <message>
            <source>Something unexpected went wrong: %1</source>
            <translation>Сталася неочікувана помилка: %1</translation>
        </message>
        <message>
            <source>Your work is safe: every change you saw is already stored. Details are in the log file:
%1
Please report it.</source>
            <translation>Ваша робота в безпеці: кожну зміну, яку ви бачили, уже збережено. Подробиці — у журналі:
%1
Будь ласка, повідомте про проблему.</translation>
        </message>
        <message>
            <source>Choose a Colour</source>
            <translation>Виберіть колір</translation>
        </message>
        <message>
            <source>Export To</source>
            <translation>Експортувати до</translation>
        </message>
        <message>
            <source>Import a REFI-QDA Project</source>
            <translation>Імпорт проєкту REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
            <translation>Проєкти REFI-QDA (*.qdpx);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Відкрити теку</translation>
        </message>
        <message>
            <source>Cannot Undo</source>
            <translation>Не вдається скасувати</translation>
        </message>
        <message>
            <source>Skip this step to leave it as it is and undo the steps before it, or keep it to try again later.</source>
            <translation>Пропустіть цей крок, щоб лишити його як є й скасувати попередні, або залиште його, щоб спробувати пізніше.</translation>
        </message>
        <message>
            <source>Skip This Step</source>
            <translation>Пропустити крок</translation>
        </message>
        <message>
            <source>Keep It</source>
            <translation>Залишити</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Source text</source>
            <translation>Текст джерела</translation>
        </message>
        <message>
            <source>The current source. Select text, then press C, S or R to mark it, or 1 to 9 for a recent code. Delete removes the annotation at the cursor.</source>
            <translation>Поточне джерело. Виділіть текст і натисніть C, S або R, щоб позначити його, чи 1–9 для недавнього коду. Delete видаляє анотацію під курсором.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search for</source>
            <translation>Шукати</translation>
        </message>
        <message>
            <source>Search — any script, case and accents ignored</source>
            <translation>Пошук — будь-яке письмо, без урахування регістру й діакритики</translation>
        </message>
        <message>
            <source>Путин finds путин and ПУТИН; café finds CAFE</source>
            <translation>Путін знаходить путін і ПУТІН; café знаходить CAFE</translation>
        </message>
        <message>
            <source>Search where</source>
            <translation>Де шукати</translation>
        </message>
        <message>
            <source>This source</source>
            <translation>Це джерело</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Усі джерела</translation>
        </message>
        <message>
            <source>Search the current source only, or every source</source>
            <translation>Шукати лише в поточному джерелі чи в усіх</translation>
        </message>
        <message>
            <source>Mark All Hits As…</source>
            <translation>Позначити всі збіги як…</translation>
        </message>
        <message>
            <source>Mark every hit with a code in one step (one undo)</source>
            <translation>Позначити кожен збіг кодом за один крок (одне скасування)</translation>
        </message>
        <message>
            <source>Condition…</source>
            <translation>Умова…</translation>
        </message>
        <message>
            <source>Pick a condition for every hit</source>
            <translation>Вибрати умову для кожного збігу</translation>
        </message>
        <message>
            <source>Speaker…</source>
            <translation>Спікер…</translation>
        </message>
        <message>
            <source>Pick a speaker for every hit</source>
            <translation>Вибрати спікера для кожного збігу</translation>
        </message>
        <message>
            <source>Reaction…</source>
            <translation>Реакція…</translation>
        </message>
        <message>
            <source>Pick a reaction for every hit</source>
            <translation>Вибрати реакцію для кожного збігу</translation>
        </message>
        <message>
            <source>Any Code…</source>
            <translation>Будь-який код…</translation>
        </message>
        <message>
            <source>Pick any code for every hit</source>
            <translation>Вибрати будь-який код для кожного збігу</translation>
        </message>
        <message>
            <source>The query names a code: list every mention of it, in any alias, inflection or spelling</source>
            <translation>Запит називає код: показати всі його згадки — за будь-яким псевдонімом, у будь-якій формі та написанні</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результати пошуку</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Hit</source>
            <translation>Збіг</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Пошук…</translation>
        </message>
        <message>
            <source>mentions of %1</source>
            <translation>згадки: %1</translation>
        </message>
        <message>
            <source>All mentions of %1</source>
            <translation>Усі згадки: %1</translation>
        </message>
        <message numerus="yes">
            <source>All mentions of a code this names (%n)</source>
            <translation>
                <numerusform>Усі згадки коду, який це називає (%n)</numerusform>
                <numerusform>Усі згадки коду, який це називає (%n)</numerusform>
                <numerusform>Усі згадки коду, який це називає (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 for “%3”</source>
            <translation>%1 %2 за запитом «%3»</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln source(s)</source>
            <translation>
                <numerusform>у %Ln джерелі</numerusform>
                <numerusform>у %Ln джерелах</numerusform>
                <numerusform>у %Ln джерелах</numerusform>
            </translation>
        </message>
        <message>
            <source>Hit %1 of %2</source>
            <translation>Збіг %1 з %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hit(s)</source>
            <translation>
                <numerusform>%Ln збіг</numerusform>
                <numerusform>%Ln збіги</numerusform>
                <numerusform>%Ln збігів</numerusform>
            </translation>
        </message>
        <message>
            <source>No hits for “%1”</source>
            <translation>Нічого не знайдено за запитом «%1»</translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <source>Source Details</source>
            <translation>Відомості про джерело</translation>
        </message>
        <message>
            <source>The headline or a short name for the source (required)</source>
            <translation>Заголовок або коротка назва джерела (обов’язково)</translation>
        </message>
        <message>
            <source>Who published it: newspaper, agency, ministry, channel</source>
            <translation>Хто опублікував: газета, агенція, міністерство, канал</translation>
        </message>
        <message>
            <source>Author or authors, as credited</source>
            <translation>Автор або автори, як зазначено</translation>
        </message>
        <message>
            <source>Where it was found</source>
            <translation>Де його знайдено</translation>
        </message>
        <message>
            <source>Language code(s), comma-separated when mixed, e.g. en, ru</source>
            <translation>Код(и) мови, через кому, якщо їх кілька, напр. uk, ru</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>&amp;Outlet:</source>
            <translation>&amp;Видання:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Автор:</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>&amp;Опубліковано:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>groups: %1</source>
            <translation>групи: %1</translation>
        </message>
        <message>
            <source>no details yet</source>
            <translation>відомостей ще немає</translation>
        </message>
        <message>
            <source>Outlet “%1”: %2 (Source › Outlets…)</source>
            <translation>Видання «%1»: %2 (Джерело › Видання…)</translation>
        </message>
        <message>
            <source>A source needs a title.</source>
            <translation>Джерело повинне мати назву.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · imported %4</source>
            <translation>%1 · %2 · %3 · імпортовано %4</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>вставлений текст</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символи</numerusform>
                <numerusform>%Ln символів</numerusform>
            </translation>
        </message>
        <message>
            <source>File date: %1 (when the file was made, which need not be when it was published)</source>
            <translation>Дата файлу: %1 (коли файл створено, що не обов’язково збігається з датою публікації)</translation>
        </message>
        <message>
            <source>Encoding: %1</source>
            <translation>Кодування тексту: %1</translation>
        </message>
        <message>
            <source> — detection: %1</source>
            <translation> — певність визначення: %1</translation>
        </message>
        <message>
            <source>The document declares its language as %1</source>
            <translation>Документ указує свою мову як %1</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <source>Coding status</source>
            <translation>Стан кодування</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Анотації</translation>
        </message>
        <message>
            <source>%1
%2 · %3 · %4
%5 · %6 · coding %7</source>
            <translation>%1
%2 · %3 · %4
%5 · %6 · кодування: %7</translation>
        </message>
        <message>
            <source>outlet unknown</source>
            <translation>видання невідоме</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата невідома</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символи</numerusform>
                <numerusform>%Ln символів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln annotation(s)</source>
            <translation>
                <numerusform>%Ln анотація</numerusform>
                <numerusform>%Ln анотації</numerusform>
                <numerusform>%Ln анотацій</numerusform>
            </translation>
        </message>
        <message>
            <source>coding %1</source>
            <translation>кодування: %1</translation>
        </message>
        <message>
            <source>Filter sources</source>
            <translation>Фільтр джерел</translation>
        </message>
        <message>
            <source>Show only sources whose title, outlet, date or language match</source>
            <translation>Показати лише джерела, назва, видання, дата чи мова яких збігаються</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>Edit Details…</source>
            <translation>Редагувати відомості…</translation>
        </message>
        <message>
            <source>Title, outlet, author, date, URL and language of the source</source>
            <translation>Назва, видання, автор, дата, URL і мова джерела</translation>
        </message>
        <message>
            <source>Coding Status</source>
            <translation>Стан кодування</translation>
        </message>
        <message>
            <source>Mark the source as %1</source>
            <translation>Позначити стан джерела: %1</translation>
        </message>
        <message>
            <source>Delete Source</source>
            <translation>Видалити джерело</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln Source(s)</source>
            <translation>
                <numerusform>Видалити %Ln джерело</numerusform>
                <numerusform>Видалити %Ln джерела</numerusform>
                <numerusform>Видалити %Ln джерел</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the source and its annotations (undo brings them back)</source>
            <translation>Видалити джерело та його анотації (скасування поверне їх)</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Suggestions</source>
            <translation>Пропозиції</translation>
        </message>
        <message>
            <source>Suggestions: not available (see the log)</source>
            <translation>Пропозиції недоступні (див. журнал)</translation>
        </message>
        <message>
            <source>Reading the sources for suggestions…</source>
            <translation>Читання джерел для пропозицій…</translation>
        </message>
        <message>
            <source>Reading for suggestions…</source>
            <translation>Читання для пропозицій…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln suggestion(s) here</source>
            <translation>
                <numerusform>%Ln пропозиція тут</numerusform>
                <numerusform>%Ln пропозиції тут</numerusform>
                <numerusform>%Ln пропозицій тут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in all</source>
            <translation>
                <numerusform>усього %Ln</numerusform>
                <numerusform>усього %Ln</numerusform>
                <numerusform>усього %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source> · limited</source>
            <translation> · з обмеженнями</translation>
        </message>
        <message>
            <source>Some sources were read only in part: %1</source>
            <translation>Деякі джерела прочитано лише частково: %1</translation>
        </message>
        <message>
            <source>Suggestions in this source and in every source (View › Go To › Suggestions)</source>
            <translation>Пропозиції в цьому джерелі та в усіх джерелах (Вигляд › Перейти до › Пропозиції)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln suggestion(s) in all sources</source>
            <translation>
                <numerusform>%Ln пропозиція в усіх джерелах</numerusform>
                <numerusform>%Ln пропозиції в усіх джерелах</numerusform>
                <numerusform>%Ln пропозицій в усіх джерелах</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln suggestion(s) in this source</source>
            <translation>
                <numerusform>%Ln пропозиція в цьому джерелі</numerusform>
                <numerusform>%Ln пропозиції в цьому джерелі</numerusform>
                <numerusform>%Ln пропозицій в цьому джерелі</numerusform>
            </translation>
        </message>
        <message>
            <source>Source %1</source>
            <translation>Джерело %1</translation>
        </message>
        <message>
            <source>Accepted “%1”</source>
            <translation>Прийнято «%1»</translation>
        </message>
        <message>
            <source>Rejected: not proposed again</source>
            <translation>Відхилено: більше не пропонуватиметься</translation>
        </message>
        <message>
            <source>Accept Suggestion</source>
            <translation>Прийняти пропозицію</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s) without a speaker will stay listed.</source>
            <translation>
                <numerusform>%Ln висловлювання без спікера залишиться в списку.</numerusform>
                <numerusform>%Ln висловлювання без спікера залишаться в списку.</numerusform>
                <numerusform>%Ln висловлювань без спікера залишаться в списку.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to accept: give the speakers first</source>
            <translation>Нічого приймати: спершу вкажіть спікерів</translation>
        </message>
        <message>
            <source>Accept All Shown</source>
            <translation>Прийняти всі показані</translation>
        </message>
        <message numerus="yes">
            <source>Accept %Ln suggestion(s) as annotations? One undo takes them all back.</source>
            <translation>
                <numerusform>Прийняти %Ln пропозицію як анотацію? Одне скасування поверне все назад.</numerusform>
                <numerusform>Прийняти %Ln пропозиції як анотації? Одне скасування поверне все назад.</numerusform>
                <numerusform>Прийняти %Ln пропозицій як анотації? Одне скасування поверне все назад.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %Ln</source>
            <translation>
                <numerusform>Прийняти %Ln</numerusform>
                <numerusform>Прийняти %Ln</numerusform>
                <numerusform>Прийняти %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accepted %Ln suggestion(s)</source>
            <translation>
                <numerusform>Прийнято %Ln пропозицію</numerusform>
                <numerusform>Прийнято %Ln пропозиції</numerusform>
                <numerusform>Прийнято %Ln пропозицій</numerusform>
            </translation>
        </message>
        <message>
            <source>Mention</source>
            <translation>Згадка</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Висловлювання</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Згадки</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Висловлювання</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Умови</translation>
        </message>
        <message>
            <source>(pick the speaker: E)</source>
            <translation>(виберіть спікера: E)</translation>
        </message>
        <message>
            <source>Suggestions where</source>
            <translation>Де шукати пропозиції</translation>
        </message>
        <message>
            <source>This source</source>
            <translation>Це джерело</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Усі джерела</translation>
        </message>
        <message>
            <source>Kind of suggestion</source>
            <translation>Вид пропозиції</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Усі види</translation>
        </message>
        <message>
            <source>Suggestions with the code</source>
            <translation>Пропозиції з кодом</translation>
        </message>
        <message>
            <source>Any code</source>
            <translation>Будь-який код</translation>
        </message>
        <message>
            <source>Order suggestions by</source>
            <translation>Упорядкувати пропозиції</translation>
        </message>
        <message>
            <source>By position</source>
            <translation>За розташуванням</translation>
        </message>
        <message>
            <source>By score</source>
            <translation>За оцінкою</translation>
        </message>
        <message>
            <source>Accept All Shown…</source>
            <translation>Прийняти всі показані…</translation>
        </message>
        <message>
            <source>Accept every suggestion listed, in one step (one undo)</source>
            <translation>Прийняти всі пропозиції зі списку за один крок (одне скасування)</translation>
        </message>
        <message>
            <source>Enter accepts, Delete rejects, E edits before accepting; J and K move.</source>
            <translation>Enter приймає, Delete відхиляє, E дає змінити перед прийняттям; J і K — перехід.</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <source>Connect to &amp;Server…</source>
            <translation>Під’єднатися до &amp;сервера…</translation>
        </message>
        <message>
            <source>Open a team project on a PostgreSQL server</source>
            <translation>Відкрити командний проєкт на сервері PostgreSQL</translation>
        </message>
        <message>
            <source>Sign &amp;In as Coder…</source>
            <translation>&amp;Увійти як кодувальник…</translation>
        </message>
        <message>
            <source>The name your annotations are recorded under</source>
            <translation>Ім’я, під яким записуються ваші анотації</translation>
        </message>
        <message>
            <source>Show &amp;Annotations</source>
            <translation>Показувати &amp;анотації</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Мої</translation>
        </message>
        <message>
            <source>Only the annotations you made</source>
            <translation>Лише ваші анотації</translation>
        </message>
        <message>
            <source>&amp;All Coders</source>
            <translation>&amp;Усіх кодувальників</translation>
        </message>
        <message>
            <source>Every coder's annotations</source>
            <translation>Анотації всіх кодувальників</translation>
        </message>
        <message>
            <source>&amp;Chosen Coders…</source>
            <translation>&amp;Вибраних кодувальників…</translation>
        </message>
        <message>
            <source>The annotations of coders you choose</source>
            <translation>Анотації кодувальників, яких ви виберете</translation>
        </message>
        <message>
            <source>&amp;Blind Double Coding</source>
            <translation>&amp;Сліпе подвійне кодування</translation>
        </message>
        <message>
            <source>Each coder sees only their own mark-up until you, the lead, open adjudication (Compare › Intercoder Agreement)</source>
            <translation>Кожен кодувальник бачить лише власну розмітку, доки ви як керівник не відкриєте узгодження (Порівняння › Узгодженість кодувальників)</translation>
        </message>
        <message>
            <source> · showing %1</source>
            <translation> · показано: %1</translation>
        </message>
        <message>
            <source> · blind coding (lead %1): showing only yours</source>
            <translation> · сліпе кодування (керівник %1): видно лише ваші</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Ви увійшли як %1</translation>
        </message>
        <message>
            <source> (database role %1)</source>
            <translation> (роль у базі даних %1)</translation>
        </message>
        <message>
            <source>Your annotations are recorded as %1%2</source>
            <translation>Ваші анотації записуються як %1%2</translation>
        </message>
        <message>
            <source>no coders</source>
            <translation>жодного кодувальника</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>мої</translation>
        </message>
        <message>
            <source>all coders</source>
            <translation>усі кодувальники</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Під’єднання до %1…</translation>
        </message>
        <message>
            <source>Cannot Open Project</source>
            <translation>Не вдається відкрити проєкт</translation>
        </message>
        <message>
            <source>Cannot Connect</source>
            <translation>Не вдається під’єднатися</translation>
        </message>
        <message>
            <source>Sign In as Coder</source>
            <translation>Вхід як кодувальник</translation>
        </message>
        <message>
            <source>Record your annotations under the name:
(empty: your login name)</source>
            <translation>Записувати ваші анотації під іменем:
(порожньо: ваше ім’я входу)</translation>
        </message>
        <message>
            <source>Blind Double Coding</source>
            <translation>Сліпе подвійне кодування</translation>
        </message>
        <message>
            <source>Each coder sees only their own mark-up until the lead opens adjudication.</source>
            <translation>Кожен кодувальник бачить лише власну розмітку, доки керівник не відкриє узгодження.</translation>
        </message>
        <message>
            <source>%1 leads this blind coding and opens adjudication.</source>
            <translation>%1 керує цим сліпим кодуванням і відкриває узгодження.</translation>
        </message>
        <message>
            <source>Open Adjudication</source>
            <translation>Відкрити узгодження</translation>
        </message>
        <message>
            <source>End blind coding? Every coder will see everyone's mark-up, and agreement and adjudication become available.</source>
            <translation>Завершити сліпе кодування? Кожен кодувальник побачить розмітку всіх, а узгодженість і узгодження стануть доступні.</translation>
        </message>
        <message>
            <source>%1 (you) — %2</source>
            <translation>%1 (ви) — %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Show Annotations Of</source>
            <translation>Чиї анотації показувати</translation>
        </message>
        <message>
            <source>Show the annotations of these coders:</source>
            <translation>Показувати анотації цих кодувальників:</translation>
        </message>
        <message>
            <source>Cannot reach the project to look for colleagues' changes; trying again</source>
            <translation>Не вдається зв’язатися з проєктом, щоб перевірити зміни колег; пробуємо ще раз</translation>
        </message>
        <message>
            <source>Looking for colleagues' changes</source>
            <translation>Перевіряємо зміни колег</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>Оновлено: %1</translation>
        </message>
        <message>
            <source>Changed by Someone Else</source>
            <translation>Змінено кимось іншим</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Пропущено: %1</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Змінено кимось іншим</translation>
        </message>
    </context>
    <context>
        <name>ViewController</name>
        <message>
            <source>No hits: search first (Ctrl+F)</source>
            <translation>Збігів немає: спершу виконайте пошук (Ctrl+F)</translation>
        </message>
        <message>
            <source>Hit %1 of %2</source>
            <translation>Збіг %1 з %2</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>Шукаємо «%1»…</translation>
        </message>
        <message>
            <source>About Parley</source>
            <translation>Про Parley</translation>
        </message>
        <message>
            <source>Log File</source>
            <translation>Файл журналу</translation>
        </message>
        <message>
            <source>Parley writes details for problem reports to:
%1</source>
            <translation>Parley записує подробиці для звітів про проблеми до:
%1</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Виконується…</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <source>Recent Codes</source>
            <translation>Недавні коди</translation>
        </message>
        <message>
            <source>Recent codes</source>
            <translation>Недавні коди</translation>
        </message>
        <message>
            <source>The codes you applied last: select text and press 1–9</source>
            <translation>Коди, які ви застосовували останніми: виділіть текст і натисніть 1–9</translation>
        </message>
        <message>
            <source>In This Source</source>
            <translation>У цьому джерелі</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <source>The letters in the first column of the list: %1</source>
            <translation>Літери в першому стовпці списку: %1</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Кодова книга</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
</TS>
