<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s) into %1</source>
        <translation>
            <numerusform>Import %n application into %1</numerusform>
            <numerusform>Import %n applications into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::ImportApplicationsDialog</name>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::MainWindow</name>
    <message numerus="yes">
        <source>%L1 of %Ln buyer(s) shown</source>
        <translation>
            <numerusform>%L1 of %Ln buyer shown</numerusform>
            <numerusform>%L1 of %Ln buyers shown</numerusform>
        </translation>
    </message>
</context>
</TS>
