<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the project (everything is already stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents as sources (txt, html, docx, odt, pdf, md, rtf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every document in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a source of the text on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Parley (everything is already stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do again what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selection as a condition (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark who said the selection (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selection as a reaction (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes, note and boundaries of the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected annotations (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the selected reaction responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Boundaries to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected annotation cover exactly the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, outlet, author, date, URL and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Status: To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Status: In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Status: Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully marked; an empty cell in the comparison means the source does not report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current source and its annotations (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new top-level group, like “Tone”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the annotation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the next panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the previous panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions × Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which source reports which condition, in what words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the reader and the compare view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers × Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is quoted where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel &amp;Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison workbook for colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing for distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For MAXQDA, NVivo, ATLAS.ti, QualCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, C/S/R, compare, export: the first steps, with pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key Parley answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log File Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Parley writes details for a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or create another code for this span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected code off this span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remark on this span; shown on hover and in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the end must come after the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation needs at least one code (delete it instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span holds only white space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>
Linked to another annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in this source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canonical name, as it should appear in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlight colour of this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code means, for colleagues and the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grouping for conditions, e.g. Territory or Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, one per line, in any language or script (Путин, the Russian President)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. President of Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kremlin, NATO, Office of the President of Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side of the event the speaker stands on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ffiliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Also: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a code or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only codes whose name or alias matches, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Code Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new top-level group, like “Tone”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the code&apos;s name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description, category and, for speakers, aliases, role, affiliation and side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the code under another parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold this code into another; its annotations follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the code and the codes under it (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>outlet unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Choose which sources the matrix compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sources from this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sources published in this range (undated sources drop out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see its excerpts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts of the chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all chosen sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Publication date, and a time if you know it. Numbers are read day first (15/06/2024); month names may be English, Russian or Ukrainian. Stored as 2024-06-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Parley export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Internal — do not forward”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the checked sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose mark-up to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark-up of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the PDF briefing uses these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no sources yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a project (File › Open) or create one (File › New).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no sources yet.

Drag files or folders here, use File › Import, or paste text with File › Paste as New Source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened With Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open it, or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Recent (1–9): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Recent codes appear here </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all changes stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln annotation(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkupPopup</name>
    <message>
        <source>Pick a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (another code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: apply · Tab: add another code · Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: apply all · Tab: add another · Backspace: drop last · Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches: type a name to create it, or Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted, or its drive is not connected. Locate it, open another project, or open the sample project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley — Unexpected Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is safe: every change you saw is already stored. Details are in the log file:
%1
Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a REFI-QDA Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step to leave it as it is and undo the steps before it, or keep it to try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip This Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current source. Select text, then press C, S or R to mark it, or 1 to 9 for a recent code. Delete removes the annotation at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search — any script, case and accents ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Путин finds путин and ПУТИН; café finds CAFE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current source only, or every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Hits As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every hit with a code in one step (one undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 for “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline or a short name for the source (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who published it: newspaper, agency, ministry, channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or authors, as credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code(s), comma-separated when mixed, e.g. en, ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Coding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sources whose title, outlet, date or language match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, outlet, author, date, URL and language of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the source and its annotations (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>No hits: search first (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Recent Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes you applied last: select text and press 1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In This Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
