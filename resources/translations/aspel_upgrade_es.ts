<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_MX" sourcelanguage="es_MX">
<context>
    <name />
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="50" />
        <source>Ocurrió un error inesperado</source>
        <translation>Ocurrió un error inesperado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="53" />
        <source>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</source>
        <translation>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="58" />
        <source>Si se repite, pulsa «Mostrar detalles», copia el reporte y envíalo a soporte.</source>
        <translation>Si se repite, pulsa «Mostrar detalles», copia el reporte y envíalo a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22" />
        <source>mensual</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22" />
        <source>semestral</source>
        <translation>semestral</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22" />
        <source>anual</source>
        <translation>anual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="23" />
        <source>pago único</source>
        <translation>pago único</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="31" />
        <source>Actualizar a {version}</source>
        <translation>Actualizar a {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="33" />
        <source>Licencia: requiere compra</source>
        <translation>Licencia: requiere compra</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="34" />
        <source>Inactivo</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="35" />
        <source>Pago pendiente</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="36" />
        <source>Ya actualizado a {version}</source>
        <translation>Ya actualizado a {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="37" />
        <source>Versión más reciente</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="39" />
        <source>No disponible</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="47" />
        <source>{name} es una licencia de pago único. Para pasar a la versión {version} hay que comprarla; aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</source>
        <translation>{name} es una licencia de pago único. Para pasar a la versión {version} hay que comprarla; aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="52" />
        <source>{name} está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</source>
        <translation>{name} está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="56" />
        <source>{name} tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</source>
        <translation>{name} tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="60" />
        <source>{name} ya se actualizó a la versión {version}. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</source>
        <translation>{name} ya se actualizó a la versión {version}. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="63" />
        <source>{name} ya está en la versión más reciente.</source>
        <translation>{name} ya está en la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="65" />
        <source>{name} no se puede actualizar desde aquí.</source>
        <translation>{name} no se puede actualizar desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="21" />
        <source>Parece que esta computadora no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</source>
        <translation>Parece que esta computadora no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="23" />
        <source>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="26" />
        <source>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</source>
        <translation>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="28" />
        <source>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="31" />
        <source>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</source>
        <translation>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="33" />
        <source>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</source>
        <translation>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="38" />
        <source>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</source>
        <translation>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="45" />
        <source>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Consulta los precios.</source>
        <translation>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Consulta los precios.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="48" />
        <source>Este sistema está inactivo. Reactívalo antes de actualizarlo.</source>
        <translation>Este sistema está inactivo. Reactívalo antes de actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="49" />
        <source>Este sistema tiene un pago pendiente. Cuando esté al corriente podrás actualizarlo.</source>
        <translation>Este sistema tiene un pago pendiente. Cuando esté al corriente podrás actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="51" />
        <location filename="../../aspel_upgrade/ui/messages.py" line="88" />
        <source>Este sistema ya se actualizó.</source>
        <translation>Este sistema ya se actualizó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="52" />
        <source>Este sistema ya está en la versión más reciente.</source>
        <translation>Este sistema ya está en la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="54" />
        <source>Este sistema no se puede actualizar desde aquí.</source>
        <translation>Este sistema no se puede actualizar desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="61" />
        <source>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</source>
        <translation>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="68" />
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="72" />
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="77" />
        <source>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</source>
        <translation>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="80" />
        <source>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</source>
        <translation>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="85" />
        <source>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</source>
        <translation>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="90" />
        <source>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</source>
        <translation>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="93" />
        <source>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</source>
        <translation>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="97" />
        <source>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</source>
        <translation>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="100" />
        <source>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</source>
        <translation>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="103" />
        <source>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} s.</source>
        <translation>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="106" />
        <source>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</source>
        <translation>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="111" />
        <source>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</source>
        <translation>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="114" />
        <source>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</source>
        <translation>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="117" />
        <source>La dirección del portal no es segura: debe empezar con https://.</source>
        <translation>La dirección del portal no es segura: debe empezar con https://.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/messages.py" line="119" />
        <source>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</source>
        <translation>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="22" />
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="35" />
        <source>Sistema</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="23" />
        <source>Nuevo número de serie</source>
        <translation>Nuevo número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="24" />
        <source>Número de serie anterior</source>
        <translation>Número de serie anterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="25" />
        <source>Razón social para activar</source>
        <translation>Razón social para activar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="26" />
        <source>Periodicidad de renta</source>
        <translation>Periodicidad de renta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="28" />
        <source>La versión anterior funciona hasta</source>
        <translation>La versión anterior funciona hasta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="31" />
        <source>Enlace de descarga</source>
        <translation>Enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="32" />
        <source>Aviso enviado a</source>
        <translation>Aviso enviado a</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="33" />
        <source>Folio de la actualización</source>
        <translation>Folio de la actualización</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="35" />
        <source>Fecha de emisión</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="45" />
        <source>Descarga el instalador de la nueva versión desde el enlace de descarga.</source>
        <translation>Descarga el instalador de la nueva versión desde el enlace de descarga.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="46" />
        <source>Instala la nueva versión.</source>
        <translation>Instala la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="47" />
        <source>Actívala con el nuevo número de serie y la razón social, tal como aparecen aquí.</source>
        <translation>Actívala con el nuevo número de serie y la razón social, tal como aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="48" />
        <source>Trae la información de la versión anterior a la nueva.</source>
        <translation>Trae la información de la versión anterior a la nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="63" />
        <source>Comprobante de actualización</source>
        <translation>Comprobante de actualización</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="36" />
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="37" />
        <source>Usuarios</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="38" />
        <source>No. de
serie</source>
        <translation>No. de
serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="40" />
        <source>Fecha de
activación</source>
        <translation>Fecha de
activación</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="41" />
        <source>Próximo
pago</source>
        <translation>Próximo
pago</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="42" />
        <source>Plan actualizado</source>
        <translation>Plan actualizado</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="20" />
        <source>Confirmación</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="22" />
        <source>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</source>
        <translation>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="27" />
        <source>Actualizar &amp;número de serie</source>
        <translation>Actualizar &amp;número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="34" />
        <source>Sistema:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="35" />
        <source>Número de serie actual:</source>
        <translation>Número de serie actual:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="36" />
        <source>Periodicidad de renta:</source>
        <translation>Periodicidad de renta:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="37" />
        <source>Razón social para activar:</source>
        <translation>Razón social para activar:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="38" />
        <source>La versión anterior funciona hasta:</source>
        <translation>La versión anterior funciona hasta:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="39" />
        <source>Aviso por correo a:</source>
        <translation>Aviso por correo a:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="51" />
        <source>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</source>
        <translation>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="64" />
        <source>{system} {old} → {new}</source>
        <translation>{system} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="94" />
        <source>Generando tu nuevo número de serie…</source>
        <translation>Generando tu nuevo número de serie…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="120" />
        <source>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</source>
        <translation>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="30" />
        <source>Diagnóstico</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="35" />
        <source>Resultado del diagnóstico</source>
        <translation>Resultado del diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="43" />
        <source>&amp;Repetir</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="44" />
        <source>&amp;Copiar</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="45" />
        <source>&amp;Exportar paquete de soporte…</source>
        <translation>&amp;Exportar paquete de soporte…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="46" />
        <source>C&amp;errar</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="76" />
        <source>Revisando la conexión…</source>
        <translation>Revisando la conexión…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="98" />
        <source>Exportar paquete de soporte</source>
        <translation>Exportar paquete de soporte</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="98" />
        <source>Archivo ZIP (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="118" />
        <source>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="125" />
        <source>Paquete guardado en «{path}».</source>
        <translation>Paquete guardado en «{path}».</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="58" />
        <source>Descargar e instalar</source>
        <translation>Descargar e instalar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="86" />
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="89" />
        <source>Avance de la descarga</source>
        <translation>Avance de la descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="93" />
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="379" />
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="380" />
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="381" />
        <source>Descar&amp;gar</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="94" />
        <source>&amp;Pausar</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="95" />
        <source>Ca&amp;ncelar descarga</source>
        <translation>Ca&amp;ncelar descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="109" />
        <source>Verificado</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="119" />
        <source>Huella SHA-256 del instalador</source>
        <translation>Huella SHA-256 del instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="122" />
        <source>&amp;Ejecutar instalador</source>
        <translation>&amp;Ejecutar instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="123" />
        <source>Abrir &amp;carpeta</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="144" />
        <source>Nuevo número de serie:</source>
        <translation>Nuevo número de serie:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="145" />
        <source>C&amp;opiar serie</source>
        <translation>C&amp;opiar serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="146" />
        <source>Copiar el número de serie</source>
        <translation>Copiar el número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="147" />
        <source>Razón social:</source>
        <translation>Razón social:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="148" />
        <source>Copiar ra&amp;zón social</source>
        <translation>Copiar ra&amp;zón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="149" />
        <source>Copiar la razón social</source>
        <translation>Copiar la razón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="193" />
        <source>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</source>
        <translation>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="200" />
        <source>Se guarda en: {path}</source>
        <translation>Se guarda en: {path}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="233" />
        <source>Continuando la descarga anterior desde {done}.</source>
        <translation>Continuando la descarga anterior desde {done}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="265" />
        <source>{done} de {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="267" />
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="291" />
        <source>Descarga cancelada. Lo que ya se descargó se guardó: si pulsas «Descargar» (hoy o la próxima vez que abras el asistente), continuará donde se quedó.</source>
        <translation>Descarga cancelada. Lo que ya se descargó se guardó: si pulsas «Descargar» (hoy o la próxima vez que abras el asistente), continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="297" />
        <source>Descarga en pausa. Pulsa «Reanudar» para continuar.</source>
        <translation>Descarga en pausa. Pulsa «Reanudar» para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="319" />
        <source>El archivo descargado no coincide con el que publicó Aspel (pudo dañarse en el camino), así que se borró. Pulsa «Reintentar» para descargarlo de nuevo.</source>
        <translation>El archivo descargado no coincide con el que publicó Aspel (pudo dañarse en el camino), así que se borró. Pulsa «Reintentar» para descargarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="323" />
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y pulsa «Reintentar».</source>
        <translation>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y pulsa «Reintentar».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="330" />
        <source>El portal ya no reconoce este enlace de descarga. Pulsa «Reintentar»; si se repite, vuelve a la página anterior y usa «Abrir descarga».</source>
        <translation>El portal ya no reconoce este enlace de descarga. Pulsa «Reintentar»; si se repite, vuelve a la página anterior y usa «Abrir descarga».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="334" />
        <source>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella, y pulsa «Reintentar».</source>
        <translation>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella, y pulsa «Reintentar».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="338" />
        <source>Lo que ya se descargó se guardó: al reintentar, la descarga continuará donde se quedó.</source>
        <translation>Lo que ya se descargó se guardó: al reintentar, la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="346" />
        <source>Mientras se descargaba, Aspel publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</source>
        <translation>Mientras se descargaba, Aspel publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="350" />
        <source>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</source>
        <translation>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="355" />
        <source>El instalador está completo y es idéntico al que publicó Aspel (SHA-256: {sha}).</source>
        <translation>El instalador está completo y es idéntico al que publicó Aspel (SHA-256: {sha}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="358" />
        <source>Se guardó en: {path}</source>
        <translation>Se guardó en: {path}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="360" />
        <source>«Ejecutar instalador» instala {system} {new}. Sigue sus pasos.</source>
        <translation>«Ejecutar instalador» instala {system} {new}. Sigue sus pasos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="362" />
        <source>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</source>
        <translation>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="364" />
        <source>Después trae tu información de la versión anterior a la nueva.</source>
        <translation>Después trae tu información de la versión anterior a la nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="367" />
        <source>Qué sigue</source>
        <translation>Qué sigue</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="378" />
        <source>&amp;Reanudar</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="380" />
        <source>&amp;Reintentar</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="393" />
        <source>{system} {old} está abierto</source>
        <translation>{system} {old} está abierto</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="395" />
        <source>{system} {old} está abierto en esta computadora. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {system} {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{system} {old} está abierto en esta computadora. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {system} {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="404" />
        <source>&amp;Ejecutar de todos modos</source>
        <translation>&amp;Ejecutar de todos modos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="407" />
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="420" />
        <source>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</source>
        <translation>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="428" />
        <source>No se pudo abrir el instalador. Pulsa «Abrir carpeta» y ábrelo con doble clic.</source>
        <translation>No se pudo abrir el instalador. Pulsa «Abrir carpeta» y ábrelo con doble clic.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="444" />
        <source>queda menos de un segundo</source>
        <translation>queda menos de un segundo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="446" />
        <source>quedan {s} s</source>
        <translation>quedan {s} s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="448" />
        <source>quedan {m} min {s} s</source>
        <translation>quedan {m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="449" />
        <source>quedan {h} h {m} min</source>
        <translation>quedan {h} h {m} min</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/base.py" line="119" />
        <source>Tu sesión terminó. Para continuar vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</source>
        <translation>Tu sesión terminó. Para continuar vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="29" />
        <source>Iniciar sesión</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="31" />
        <source>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</source>
        <translation>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="38" />
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="40" />
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="46" />
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="49" />
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="135" />
        <source>&amp;Mostrar</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="51" />
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="56" />
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="61" />
        <source>&amp;Recordar mi usuario</source>
        <translation>&amp;Recordar mi usuario</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="63" />
        <source>Recordar también mi contraseña en este &amp;equipo</source>
        <translation>Recordar también mi contraseña en este &amp;equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="66" />
        <source>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</source>
        <translation>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="75" />
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="77" />
        <source>¿Olvidaste tu contraseña?</source>
        <translation>¿Olvidaste tu contraseña?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="97" />
        <source>No se pudo leer la configuración guardada; se usan los valores predeterminados. Detalle: {detail}</source>
        <translation>No se pudo leer la configuración guardada; se usan los valores predeterminados. Detalle: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="135" />
        <source>&amp;Ocultar</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="190" />
        <source>La actualización que quedó pendiente no se completó ({reason}). Si todavía la necesitas, vuelve a hacerla desde aquí.</source>
        <translation>La actualización que quedó pendiente no se completó ({reason}). Si todavía la necesitas, vuelve a hacerla desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="197" />
        <source>Iniciando sesión…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="204" />
        <source>Vuelve a iniciar sesión.</source>
        <translation>Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="239" />
        <source>Restablecer contraseña</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="242" />
        <source>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</source>
        <translation>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="247" />
        <source>&amp;Enviar correo</source>
        <translation>&amp;Enviar correo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="248" />
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="257" />
        <source>Escribe tu usuario para poder enviarte el correo.</source>
        <translation>Escribe tu usuario para poder enviarte el correo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="265" />
        <source>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</source>
        <translation>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="272" />
        <source>Enviando la solicitud…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="32" />
        <source>Tu sesión terminó</source>
        <translation>Tu sesión terminó</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="36" />
        <source>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</source>
        <translation>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="47" />
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="48" />
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="50" />
        <source>Usuario:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="61" />
        <source>&amp;Continuar</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="75" />
        <source>Iniciando sesión…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="30" />
        <source>¡Listo!</source>
        <translation>¡Listo!</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="31" />
        <source>Tu nuevo número de serie está listo.</source>
        <translation>Tu nuevo número de serie está listo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="47" />
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="62" />
        <source>Nuevo número de serie</source>
        <translation>Nuevo número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="65" />
        <source>&amp;Copiar</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="66" />
        <source>Copiar el número de serie</source>
        <translation>Copiar el número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="74" />
        <source>Descargar e &amp;instalar…</source>
        <translation>Descargar e &amp;instalar…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="77" />
        <source>Descargar e instalar la nueva versión</source>
        <translation>Descargar e instalar la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="83" />
        <source>Razón social para activar</source>
        <translation>Razón social para activar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="85" />
        <source>Copiar ra&amp;zón social</source>
        <translation>Copiar ra&amp;zón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="86" />
        <source>Copiar la razón social</source>
        <translation>Copiar la razón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="88" />
        <source>Enlace de descarga</source>
        <translation>Enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="89" />
        <source>&amp;Abrir descarga</source>
        <translation>&amp;Abrir descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="93" />
        <source>Copiar &amp;enlace</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="94" />
        <source>Copiar el enlace de descarga</source>
        <translation>Copiar el enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="96" />
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="103" />
        <source>La versión anterior funciona hasta</source>
        <translation>La versión anterior funciona hasta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="97" />
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="104" />
        <source>Aviso enviado a</source>
        <translation>Aviso enviado a</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="99" />
        <source>Razón social para activar (escríbela exactamente así)</source>
        <translation>Razón social para activar (escríbela exactamente así)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="101" />
        <source>Descarga de la nueva versión</source>
        <translation>Descarga de la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="123" />
        <source>&amp;Guardar comprobante (PDF)…</source>
        <translation>&amp;Guardar comprobante (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="153" />
        <source>Este sistema ya se había actualizado; estos son sus datos.</source>
        <translation>Este sistema ya se había actualizado; estos son sus datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="156" />
        <source>{system} {old} ya se había actualizado a {new} antes. No se generó otro número de serie: este es el que ya tienes.</source>
        <translation>{system} {old} ya se había actualizado a {new} antes. No se generó otro número de serie: este es el que ya tienes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="163" />
        <source>Actualizaste {system} {old} a {new}.</source>
        <translation>Actualizaste {system} {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="171" />
        <source>{date} (después, {system} {old} quedará inactiva)</source>
        <translation>{date} (después, {system} {old} quedará inactiva)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="177" />
        <source>Descarga el instalador de {system} {new}.</source>
        <translation>Descarga el instalador de {system} {new}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="180" />
        <source>Instala la nueva versión.</source>
        <translation>Instala la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="181" />
        <source>Actívala con el nuevo número de serie y la razón social, tal como aparecen aquí.</source>
        <translation>Actívala con el nuevo número de serie y la razón social, tal como aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="183" />
        <source>Trae tu información de la versión anterior a la nueva.</source>
        <translation>Trae tu información de la versión anterior a la nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="189" />
        <source>Siguientes pasos</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="206" />
        <source>Guardar comprobante</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="206" />
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="224" />
        <source>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="229" />
        <source>Comprobante guardado en «{path}».</source>
        <translation>Comprobante guardado en «{path}».</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="32" />
        <source>Sistemas en suscripción</source>
        <translation>Sistemas en suscripción</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="34" />
        <source>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</source>
        <translation>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="40" />
        <source>Sistemas de tu cuenta</source>
        <translation>Sistemas de tu cuenta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="70" />
        <source>&amp;Actualizar lista</source>
        <translation>&amp;Actualizar lista</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="71" />
        <source>Actualizar la lista de sistemas</source>
        <translation>Actualizar la lista de sistemas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="94" />
        <source>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</source>
        <translation>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="104" />
        <source>Consultando tus sistemas…</source>
        <translation>Consultando tus sistemas…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="118" />
        <source>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</source>
        <translation>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="124" />
        <source>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</source>
        <translation>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="169" />
        <source>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</source>
        <translation>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="178" />
        <source>Ver sus datos y descargar el instalador</source>
        <translation>Ver sus datos y descargar el instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="183" />
        <source>Consultar precios</source>
        <translation>Consultar precios</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="208" />
        <source>Consultando la actualización…</source>
        <translation>Consultando la actualización…</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="20" />
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="31" />
        <source>Términos y condiciones</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="21" />
        <source>Lee lo que implica la actualización antes de aceptarla.</source>
        <translation>Lee lo que implica la actualización antes de aceptarla.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="36" />
        <source>He &amp;leído y acepto los términos y condiciones</source>
        <translation>He &amp;leído y acepto los términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="37" />
        <source>Acepto los términos y condiciones</source>
        <translation>Acepto los términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="42" />
        <source>&amp;Reintentar</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="65" />
        <source>Los términos y condiciones cambiaron mientras confirmabas. Léelos de nuevo y, si estás de acuerdo, vuelve a aceptarlos.</source>
        <translation>Los términos y condiciones cambiaron mientras confirmabas. Léelos de nuevo y, si estás de acuerdo, vuelve a aceptarlos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="76" />
        <source>Consultando los términos de la actualización…</source>
        <translation>Consultando los términos de la actualización…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="101" />
        <source>Podrás seguir usando {old} hasta el {date}; después quedará inactiva.</source>
        <translation>Podrás seguir usando {old} hasta el {date}; después quedará inactiva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="103" />
        <source>Tu nuevo número de serie conserva la periodicidad {periodicity}.</source>
        <translation>Tu nuevo número de serie conserva la periodicidad {periodicity}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="117" />
        <source>Versión de los términos: {v}</source>
        <translation>Versión de los términos: {v}</translation>
    </message>
</context>
<context>
    <name>UpgradeWizard</name>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="41" />
        <source>Actualizar número de serie de Aspel</source>
        <translation>Actualizar número de serie de Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="50" />
        <source>&amp;Diagnóstico</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="163" />
        <source>Actualización pendiente</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="164" />
        <source>La última vez se envió la actualización de {what} pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</source>
        <translation>La última vez se envió la actualización de {what} pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="170" />
        <source>&amp;Terminarla ahora</source>
        <translation>&amp;Terminarla ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="171" />
        <source>&amp;Más tarde</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="182" />
        <source>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</source>
        <translation>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="199" />
        <source>Confirmación en curso</source>
        <translation>Confirmación en curso</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="200" />
        <source>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</source>
        <translation>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</translation>
    </message>
</context>
</TS>