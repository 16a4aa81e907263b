<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
