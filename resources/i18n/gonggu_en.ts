<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%1: %n buyer(s) (%2%)</source>
        <translation>
            <numerusform>%1: %n buyer (%2%)</numerusform>
            <numerusform>%1: %n buyers (%2%)</numerusform>
        </translation>
    </message>
</context>
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
    <name>gonggu::ChangeHistoryDialog</name>
    <message numerus="yes">
        <source>The newest %n change(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::DashboardCardRow</name>
    <message numerus="yes">
        <source>%Ln buyer(s) still owe</source>
        <translation>
            <numerusform>%Ln buyer still owes</numerusform>
            <numerusform>%Ln buyers still owe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) paid in full</source>
        <translation>
            <numerusform>%1 of %Ln buyer paid in full</numerusform>
            <numerusform>%1 of %Ln buyers paid in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
<context>
    <name>gonggu::TemplateRenderer</name>
    <message numerus="yes">
        <source>unknown placeholder(s) %1 (known: %2; write {{ for a brace)</source>
        <translation>
            <numerusform>unknown placeholder %1 (known: %2; write {{ for a brace)</numerusform>
            <numerusform>unknown placeholders %1 (known: %2; write {{ for a brace)</numerusform>
        </translation>
    </message>
</context>
</TS>
