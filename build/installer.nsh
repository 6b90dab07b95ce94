; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; A per-user install may only write the user's own classes (SHCTX is HKCU here). The app is
; added to "Open with" for workbooks through OpenWithProgids and never made the default, so
; double-clicking a workbook still opens Excel or WPS.

!macro customInstall
  WriteRegStr SHCTX "Software\Classes\ParkLedger.Workbook" "" "Park Ledger workbook"
  WriteRegStr SHCTX "Software\Classes\ParkLedger.Workbook\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHCTX "Software\Classes\ParkLedger.Workbook\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  WriteRegStr SHCTX "Software\Classes\.xlsx\OpenWithProgids" "ParkLedger.Workbook" ""
  WriteRegStr SHCTX "Software\Classes\.xls\OpenWithProgids" "ParkLedger.Workbook" ""
  WriteRegStr SHCTX "Software\Classes\.csv\OpenWithProgids" "ParkLedger.Workbook" ""
  ; SHCNE_ASSOCCHANGED: Explorer rereads the associations without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHCTX "Software\Classes\.xlsx\OpenWithProgids" "ParkLedger.Workbook"
  DeleteRegValue SHCTX "Software\Classes\.xls\OpenWithProgids" "ParkLedger.Workbook"
  DeleteRegValue SHCTX "Software\Classes\.csv\OpenWithProgids" "ParkLedger.Workbook"
  DeleteRegKey SHCTX "Software\Classes\ParkLedger.Workbook"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend
