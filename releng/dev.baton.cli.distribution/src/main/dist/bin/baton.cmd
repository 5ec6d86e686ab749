@echo off
rem baton: Baton's headless command line (Apache Felix + Felix SCR). Needs Java 21 or newer on PATH or in JAVA_HOME.
setlocal
set "BATON_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %BATON_JAVA_OPTS% -Dbaton.home="%BATON_HOME%" -cp "%BATON_HOME%\lib\*" dev.baton.launch.Launcher %*
exit /b %ERRORLEVEL%
