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
    <name>gonggu::DepositMatcher</name>
    <message numerus="yes">
        <source>%n buyers share this name</source>
        <translation>
            <numerusform>%n buyer has this name</numerusform>
            <numerusform>%n buyers share this name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>owes the other %1 (as do %n other buyers)</source>
        <translation>
            <numerusform>owes the other %1 (as does %n other buyer)</numerusform>
            <numerusform>owes the other %1 (as do %n other buyers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no buyer by this name; %n buyers owe exactly this amount</source>
        <translation>
            <numerusform>no buyer by this name; %n buyer owes exactly this amount</numerusform>
            <numerusform>no buyer by this name; %n buyers owe exactly this amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no buyer by this name; %n buyers owe this amount</source>
        <translation>
            <numerusform>no buyer by this name; %n buyer owes this amount</numerusform>
            <numerusform>no buyer by this name; %n buyers owe this amount</numerusform>
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
