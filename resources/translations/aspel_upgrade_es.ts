<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="51"/>
        <source>Ocurrió un error inesperado</source>
        <translation>Ocurrió un error inesperado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="54"/>
        <source>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</source>
        <translation>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="61"/>
        <source>Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.</source>
        <translation>Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="76"/>
        <source>Mostrar los detalles</source>
        <translation>Mostrar los detalles</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22"/>
        <source>mensual</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22"/>
        <source>semestral</source>
        <translation>semestral</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22"/>
        <source>anual</source>
        <translation>anual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="23"/>
        <source>pago único</source>
        <translation>pago único</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="31"/>
        <source>Actualizar a {version}</source>
        <translation>Actualizar a {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="33"/>
        <source>Licencia: requiere compra</source>
        <translation>Licencia: requiere compra</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="34"/>
        <source>Inactivo</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="35"/>
        <source>Pago pendiente</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="36"/>
        <source>Ya actualizado a {version}</source>
        <translation>Ya actualizado a {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="37"/>
        <source>Versión más reciente</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="39"/>
        <source>No disponible</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="47"/>
        <source>{name} es una licencia de pago único. Para pasar a la versión {version} hay que comprarla; aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</source>
        <translation>{name} es una licencia de pago único. Para pasar a la versión {version} hay que comprarla; aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="52"/>
        <source>{name} está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</source>
        <translation>{name} está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="56"/>
        <source>{name} tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</source>
        <translation>{name} tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="60"/>
        <source>{name} ya se actualizó a la versión {version}. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</source>
        <translation>{name} ya se actualizó a la versión {version}. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="63"/>
        <source>{name} ya está en la versión más reciente.</source>
        <translation>{name} ya está en la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="65"/>
        <source>{name} no se puede actualizar desde aquí.</source>
        <translation>{name} no se puede actualizar desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="80"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión cuanto antes.</source>
        <translation>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión cuanto antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="86"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva versión cuanto antes.</source>
        <translation>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva versión cuanto antes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="92"/>
        <source>Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo.</source>
        <translation>Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="96"/>
        <source>Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="101"/>
        <source>Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="32"/>
        <source>Parece que esta computadora no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</source>
        <translation>Parece que esta computadora no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="34"/>
        <source>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="37"/>
        <source>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</source>
        <translation>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="39"/>
        <source>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="42"/>
        <source>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</source>
        <translation>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="44"/>
        <source>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</source>
        <translation>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="49"/>
        <source>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</source>
        <translation>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="57"/>
        <source>está vacía</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="62"/>
        <source>no es segura: debe empezar con https:// (http:// solo se permite en esta misma computadora)</source>
        <translation>no es segura: debe empezar con https:// (http:// solo se permite en esta misma computadora)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="64"/>
        <source>no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)</source>
        <translation>no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="66"/>
        <source>tiene un puerto no válido (debe ser un número del 1 al 65535)</source>
        <translation>tiene un puerto no válido (debe ser un número del 1 al 65535)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="72"/>
        <source>no es válida</source>
        <translation>no es válida</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="77"/>
        <source>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Consulta los precios.</source>
        <translation>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Consulta los precios.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="80"/>
        <source>Este sistema está inactivo. Reactívalo antes de actualizarlo.</source>
        <translation>Este sistema está inactivo. Reactívalo antes de actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="81"/>
        <source>Este sistema tiene un pago pendiente. Cuando esté al corriente podrás actualizarlo.</source>
        <translation>Este sistema tiene un pago pendiente. Cuando esté al corriente podrás actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="83"/>
        <location filename="../../aspel_upgrade/flow/messages.py" line="120"/>
        <source>Este sistema ya se actualizó.</source>
        <translation>Este sistema ya se actualizó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="84"/>
        <source>Este sistema ya está en la versión más reciente.</source>
        <translation>Este sistema ya está en la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="86"/>
        <source>Este sistema no se puede actualizar desde aquí.</source>
        <translation>Este sistema no se puede actualizar desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="93"/>
        <source>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</source>
        <translation>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="100"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="104"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="109"/>
        <source>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</source>
        <translation>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="112"/>
        <source>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</source>
        <translation>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="117"/>
        <source>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</source>
        <translation>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="122"/>
        <source>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</source>
        <translation>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="125"/>
        <source>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</source>
        <translation>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="129"/>
        <source>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</source>
        <translation>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="132"/>
        <source>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</source>
        <translation>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="135"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} segundos.</source>
        <translation>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="149"/>
        <source>No se puede guardar el avance de la actualización en la carpeta «{folder}»; hace falta para no perder el resultado si se corta la conexión. Revisa que la carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu área de sistemas. No se envió nada al portal. Detalle técnico: {detail}</source>
        <translation>No se puede guardar el avance de la actualización en la carpeta «{folder}»; hace falta para no perder el resultado si se corta la conexión. Revisa que la carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu área de sistemas. No se envió nada al portal. Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="156"/>
        <source>La dirección del portal «{url}» {problem}.</source>
        <translation>La dirección del portal «{url}» {problem}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="160"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella.</source>
        <translation>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="174"/>
        <source>La actualización que quedó pendiente ({what}) no se completó. {reason} Si todavía la necesitas, vuelve a hacerla desde aquí.</source>
        <translation>La actualización que quedó pendiente ({what}) no se completó. {reason} Si todavía la necesitas, vuelve a hacerla desde aquí.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="178"/>
        <source>También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice «Ya actualizado») y pulsa «Siguiente» para verlo.</source>
        <translation>También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice «Ya actualizado») y pulsa «Siguiente» para verlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="185"/>
        <source>{sentence} Detalle técnico: {detail}</source>
        <translation>{sentence} Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="244"/>
        <source>No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la configure (archivo de configuración del equipo) o inicia con --portal-url.</source>
        <translation>No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la configure (archivo de configuración del equipo) o inicia con --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="251"/>
        <source>La dirección del portal {url} del archivo de configuración {file} {problem}. Pide a tu área de sistemas que la corrija o inicia con --portal-url.</source>
        <translation>La dirección del portal {url} del archivo de configuración {file} {problem}. Pide a tu área de sistemas que la corrija o inicia con --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="258"/>
        <source>El portal de pruebas (--sandbox) no viene en esta instalación.</source>
        <translation>El portal de pruebas (--sandbox) no viene en esta instalación.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="263"/>
        <source>El portal no respondió al diagnóstico.</source>
        <translation>El portal no respondió al diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="267"/>
        <source>Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie.</source>
        <translation>Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="273"/>
        <source>El instalador descargado no coincide con el publicado por Aspel; se borró.</source>
        <translation>El instalador descargado no coincide con el publicado por Aspel; se borró.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="277"/>
        <source>No hay espacio suficiente en {folder}: se necesitan {needed} MB y hay {free} MB libres.</source>
        <translation>No hay espacio suficiente en {folder}: se necesitan {needed} MB y hay {free} MB libres.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="285"/>
        <source>No se terminó de descargar el instalador.</source>
        <translation>No se terminó de descargar el instalador.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="296"/>
        <source>--portal-url: {problem}</source>
        <translation>--portal-url: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="298"/>
        <source>--proxy: la dirección «{url}» {problem}</source>
        <translation>--proxy: la dirección «{url}» {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="302"/>
        <source>--ca-bundle: «{path}» {problem}</source>
        <translation>--ca-bundle: «{path}» {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="306"/>
        <source>--system {system} no es un sistema conocido ({known})</source>
        <translation>--system {system} no es un sistema conocido ({known})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="310"/>
        <source>--download-dir solo tiene sentido junto con --download</source>
        <translation>--download-dir solo tiene sentido junto con --download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="312"/>
        <source>--download-dir: {path} no es una carpeta</source>
        <translation>--download-dir: {path} no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="317"/>
        <source>Usa --help para ver las opciones.</source>
        <translation>Usa --help para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="323"/>
        <source>la ruta está vacía</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="324"/>
        <source>es una carpeta, no un archivo</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="325"/>
        <source>no es un archivo normal</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="326"/>
        <source>«{place}» es un archivo, no una carpeta</source>
        <translation>«{place}» es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="327"/>
        <source>no se puede escribir en la carpeta «{place}» ({detail})</source>
        <translation>no se puede escribir en la carpeta «{place}» ({detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="328"/>
        <location filename="../../aspel_upgrade/flow/messages.py" line="330"/>
        <source>no se pudo guardar (detalle técnico: {detail})</source>
        <translation>no se pudo guardar (detalle técnico: {detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="331"/>
        <source>no se puede escribir el archivo de resultado «{file}»: {why}</source>
        <translation>no se puede escribir el archivo de resultado «{file}»: {why}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="138"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</source>
        <translation>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="143"/>
        <source>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</source>
        <translation>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="146"/>
        <source>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</source>
        <translation>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="165"/>
        <source>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</source>
        <translation>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="28"/>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="58"/>
        <source>Sistema</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="29"/>
        <source>Nuevo número de serie</source>
        <translation>Nuevo número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="30"/>
        <source>Número de serie anterior</source>
        <translation>Número de serie anterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="31"/>
        <source>Razón social para activar</source>
        <translation>Razón social para activar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="32"/>
        <source>Periodicidad de renta</source>
        <translation>Periodicidad de renta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="34"/>
        <source>Plazo de la versión anterior</source>
        <translation>Plazo de la versión anterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="39"/>
        <source>Enlace de descarga</source>
        <translation>Enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="40"/>
        <source>Aviso enviado a</source>
        <translation>Aviso enviado a</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="41"/>
        <source>Folio de la actualización</source>
        <translation>Folio de la actualización</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="43"/>
        <source>Fecha de emisión</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="79"/>
        <source>Comprobante de actualización</source>
        <translation>Comprobante de actualización</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="59"/>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="60"/>
        <source>En este
equipo</source>
        <translation>En este
equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="61"/>
        <source>Usuarios</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="62"/>
        <source>No. de
serie</source>
        <translation>No. de
serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="64"/>
        <source>Fecha de
activación</source>
        <translation>Fecha de
activación</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="65"/>
        <source>Próximo
pago</source>
        <translation>Próximo
pago</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="66"/>
        <source>Plan actualizado</source>
        <translation>Plan actualizado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="151"/>
        <source>En este equipo: {versions}</source>
        <translation>En este equipo: {versions}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="155"/>
        <source>(carpeta del programa no encontrada)</source>
        <translation>(carpeta del programa no encontrada)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="156"/>
        <source>{system} {version} instalado en «{folder}»</source>
        <translation>{system} {version} instalado en «{folder}»</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="160"/>
        <source>abierto ahora</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="193"/>
        <source>no se pudo abrir</source>
        <translation>no se pudo abrir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="194"/>
        <source>no es un archivo normal (por ejemplo, es una carpeta)</source>
        <translation>no es un archivo normal (por ejemplo, es una carpeta)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="195"/>
        <source>es demasiado grande para ser un archivo de configuración</source>
        <translation>es demasiado grande para ser un archivo de configuración</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="196"/>
        <source>no está guardado como texto UTF-8</source>
        <translation>no está guardado como texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="197"/>
        <location filename="../../aspel_upgrade/flow/messages.py" line="198"/>
        <source>no tiene el formato correcto (JSON)</source>
        <translation>no tiene el formato correcto (JSON)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="200"/>
        <source>no se pudo usar</source>
        <translation>no se pudo usar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="207"/>
        <source>debe ser true o false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="208"/>
        <source>debe ser un texto entre comillas</source>
        <translation>debe ser un texto entre comillas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="210"/>
        <source>está vacío</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="58"/>
        <source>tiene espacios o caracteres no válidos</source>
        <translation>tiene espacios o caracteres no válidos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="59"/>
        <source>no es una dirección válida</source>
        <translation>no es una dirección válida</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="60"/>
        <source>debe empezar con https://</source>
        <translation>debe empezar con https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="61"/>
        <source>debe empezar con http:// o https://</source>
        <translation>debe empezar con http:// o https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="65"/>
        <source>tiene un nombre de servidor no válido</source>
        <translation>tiene un nombre de servidor no válido</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="67"/>
        <source>no debe llevar usuario ni contraseña</source>
        <translation>no debe llevar usuario ni contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="68"/>
        <source>no debe llevar «?» ni «#»</source>
        <translation>no debe llevar «?» ni «#»</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="69"/>
        <source>no existe o no es un archivo</source>
        <translation>no existe o no es un archivo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="70"/>
        <source>debe ser es o en</source>
        <translation>debe ser es o en</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="211"/>
        <source>no es válido</source>
        <translation>no es válido</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="221"/>
        <source>El archivo de configuración «{file}» {what}; se ignora y se usan los valores predeterminados.</source>
        <translation>El archivo de configuración «{file}» {what}; se ignora y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="228"/>
        <source>En «{file}», el valor de «{key}» {what}; se ignora ese valor.</source>
        <translation>En «{file}», el valor de «{key}» {what}; se ignora ese valor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="236"/>
        <source>Detalle técnico: {details}</source>
        <translation>Detalle técnico: {details}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/input_limits.py" line="26"/>
        <source>El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que escribiste o pegaste.</source>
        <translation>El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que escribiste o pegaste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/input_limits.py" line="36"/>
        <source>La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que pegaste.</source>
        <translation>La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que pegaste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/input_limits.py" line="40"/>
        <source>La contraseña no puede ser solo espacios. Escríbela de nuevo.</source>
        <translation>La contraseña no puede ser solo espacios. Escríbela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="30"/>
        <source>«{folder}» (1 empresa)</source>
        <translation>«{folder}» (1 empresa)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="32"/>
        <source>«{folder}» ({count} empresas)</source>
        <translation>«{folder}» ({count} empresas)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="34"/>
        <source>Los datos de {old} están en este equipo: {folders}.</source>
        <translation>Los datos de {old} están en este equipo: {folders}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="39"/>
        <source>{old} está instalado en este equipo, pero sus datos no están aquí: probablemente están en el equipo Servidor. Haz la instalación, la activación y la traducción de datos en el Servidor.</source>
        <translation>{old} está instalado en este equipo, pero sus datos no están aquí: probablemente están en el equipo Servidor. Haz la instalación, la activación y la traducción de datos en el Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="45"/>
        <source>No encontramos {old} en este equipo. Haz la instalación, la activación y la traducción de datos en el equipo donde usas {old} (el Servidor).</source>
        <translation>No encontramos {old} en este equipo. Haz la instalación, la activación y la traducción de datos en el equipo donde usas {old} (el Servidor).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="56"/>
        <source>{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de traer tus datos.</source>
        <translation>{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de traer tus datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="65"/>
        <source>{new} ya está instalado en este equipo.</source>
        <translation>{new} ya está instalado en este equipo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="68"/>
        <source>Descarga el instalador de {new} e instálalo en el equipo Servidor.</source>
        <translation>Descarga el instalador de {new} e instálalo en el equipo Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="72"/>
        <source>Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. La activación únicamente debe realizarse en el equipo Servidor.</source>
        <translation>Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. La activación únicamente debe realizarse en el equipo Servidor.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="76"/>
        <source>Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y lleva al Servidor el archivo de respuesta que te devuelve.</source>
        <translation>Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y lleva al Servidor el archivo de respuesta que te devuelve.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="81"/>
        <source>Al terminar la instalación, elige «Traducir de una versión anterior» para traer tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › Traducción de datos.</source>
        <translation>Al terminar la instalación, elige «Traducir de una versión anterior» para traer tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="92"/>
        <source>Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo actual de tu suscripción y no admite otra activación hasta el siguiente periodo. No lo intentes en otros equipos; usa el equipo donde ya se activó y, si necesitas cambiarlo, comunícate con tu distribuidor o con Aspel.</source>
        <translation>Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo actual de tu suscripción y no admite otra activación hasta el siguiente periodo. No lo intentes en otros equipos; usa el equipo donde ya se activó y, si necesitas cambiarlo, comunícate con tu distribuidor o con Aspel.</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <location filename="../../aspel_upgrade/ui/widgets.py" line="101"/>
        <source>reintento {n}</source>
        <translation>reintento {n}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="23"/>
        <source>Confirmación</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="25"/>
        <source>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</source>
        <translation>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="30"/>
        <source>Actualizar &amp;número de serie</source>
        <translation>Actualizar &amp;número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="41"/>
        <source>Sistema:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="42"/>
        <source>Número de serie actual:</source>
        <translation>Número de serie actual:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="43"/>
        <source>Periodicidad de renta:</source>
        <translation>Periodicidad de renta:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="44"/>
        <source>Razón social para activar:</source>
        <translation>Razón social para activar:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="45"/>
        <source>Plazo de la versión anterior:</source>
        <translation>Plazo de la versión anterior:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="46"/>
        <source>Aviso por correo a:</source>
        <translation>Aviso por correo a:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="59"/>
        <source>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</source>
        <translation>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="72"/>
        <source>{system} {old} → {new}</source>
        <translation>{system} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="93"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si todavía no estás listo, pulsa «{cancel}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="97"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). Si todavía no estás listo, pulsa «{cancel}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="140"/>
        <source>Generando tu nuevo número de serie…</source>
        <translation>Generando tu nuevo número de serie…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="158"/>
        <source>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</source>
        <translation>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="21"/>
        <source>Diagnóstico de aspel-upgrade</source>
        <translation>Diagnóstico de aspel-upgrade</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="22"/>
        <source>Sistema operativo</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="23"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="24"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="25"/>
        <source>Carpeta de registros</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="27"/>
        <source>FALLA</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="28"/>
        <source>ninguno</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="29"/>
        <source>(del sistema)</source>
        <translation>(del sistema)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="30"/>
        <source>conectado a {address}</source>
        <translation>conectado a {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="31"/>
        <source>conectado al proxy {address}</source>
        <translation>conectado al proxy {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="32"/>
        <source>{version}, certificado emitido por: {issuer}</source>
        <translation>{version}, certificado emitido por: {issuer}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="33"/>
        <source>{status}, contrato {version} ({portal})</source>
        <translation>{status}, contrato {version} ({portal})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="34"/>
        <source>Sistemas Aspel en este equipo:</source>
        <translation>Sistemas Aspel en este equipo:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="35"/>
        <source>ninguno encontrado</source>
        <translation>ninguno encontrado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="36"/>
        <source>no se pudo revisar</source>
        <translation>no se pudo revisar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="37"/>
        <source>programa en {folder}</source>
        <translation>programa en {folder}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="38"/>
        <source>sin programa</source>
        <translation>sin programa</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="39"/>
        <source>datos en {folder} ({count} empresa)</source>
        <translation>datos en {folder} ({count} empresa)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="40"/>
        <source>datos en {folder} ({count} empresas)</source>
        <translation>datos en {folder} ({count} empresas)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="41"/>
        <source>solo en el registro de Windows</source>
        <translation>solo en el registro de Windows</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="42"/>
        <source>abierto ahora</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="43"/>
        <source>cerrado</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="44"/>
        <source>Resultado: el portal respondió.</source>
        <translation>Resultado: el portal respondió.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="45"/>
        <source>Resultado: el portal NO respondió. Revisa las fallas de arriba.</source>
        <translation>Resultado: el portal NO respondió. Revisa las fallas de arriba.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="30"/>
        <source>Diagnóstico</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="35"/>
        <source>Resultado del diagnóstico</source>
        <translation>Resultado del diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="43"/>
        <source>&amp;Repetir</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="44"/>
        <source>&amp;Copiar</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="45"/>
        <source>&amp;Exportar paquete de soporte…</source>
        <translation>&amp;Exportar paquete de soporte…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="46"/>
        <source>C&amp;errar</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="79"/>
        <source>Revisando la conexión…</source>
        <translation>Revisando la conexión…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="101"/>
        <source>Exportar paquete de soporte</source>
        <translation>Exportar paquete de soporte</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="101"/>
        <source>Archivo ZIP (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="121"/>
        <source>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="128"/>
        <source>Paquete guardado en «{path}».</source>
        <translation>Paquete guardado en «{path}».</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="57"/>
        <source>Descargar e instalar</source>
        <translation>Descargar e instalar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="77"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="80"/>
        <source>Avance de la descarga</source>
        <translation>Avance de la descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="84"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="376"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="377"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="378"/>
        <source>Descar&amp;gar</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="85"/>
        <source>&amp;Pausar</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="86"/>
        <source>Ca&amp;ncelar descarga</source>
        <translation>Ca&amp;ncelar descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="100"/>
        <source>Verificado</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="110"/>
        <source>Huella SHA-256 del instalador</source>
        <translation>Huella SHA-256 del instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="113"/>
        <source>&amp;Ejecutar instalador</source>
        <translation>&amp;Ejecutar instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="114"/>
        <source>Abrir &amp;carpeta</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="136"/>
        <source>Nuevo número de serie:</source>
        <translation>Nuevo número de serie:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="137"/>
        <source>C&amp;opiar serie</source>
        <translation>C&amp;opiar serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="138"/>
        <source>Copiar el número de serie</source>
        <translation>Copiar el número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="139"/>
        <source>Razón social:</source>
        <translation>Razón social:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="140"/>
        <source>Copiar ra&amp;zón social</source>
        <translation>Copiar ra&amp;zón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="141"/>
        <source>Copiar la razón social</source>
        <translation>Copiar la razón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="183"/>
        <source>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</source>
        <translation>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="190"/>
        <source>Se guarda en: {path}</source>
        <translation>Se guarda en: {path}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="225"/>
        <source>Continuando la descarga anterior desde {done}.</source>
        <translation>Continuando la descarga anterior desde {done}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="260"/>
        <source>{done} de {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="262"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="285"/>
        <source>Descarga cancelada. Lo que ya se descargó se guardó: si pulsas «Descargar» (hoy o la próxima vez que abras el asistente), continuará donde se quedó.</source>
        <translation>Descarga cancelada. Lo que ya se descargó se guardó: si pulsas «Descargar» (hoy o la próxima vez que abras el asistente), continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="291"/>
        <source>Descarga en pausa. Pulsa «Reanudar» para continuar.</source>
        <translation>Descarga en pausa. Pulsa «Reanudar» para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="314"/>
        <source>El archivo descargado no coincide con el que publicó Aspel (pudo dañarse en el camino), así que se borró. Pulsa «Reintentar» para descargarlo de nuevo.</source>
        <translation>El archivo descargado no coincide con el que publicó Aspel (pudo dañarse en el camino), así que se borró. Pulsa «Reintentar» para descargarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="318"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y pulsa «Reintentar».</source>
        <translation>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y pulsa «Reintentar».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="325"/>
        <source>El portal ya no reconoce este enlace de descarga. Pulsa «Reintentar»; si se repite, vuelve a la página anterior y usa «Abrir descarga».</source>
        <translation>El portal ya no reconoce este enlace de descarga. Pulsa «Reintentar»; si se repite, vuelve a la página anterior y usa «Abrir descarga».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="329"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella, y pulsa «Reintentar».</source>
        <translation>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella, y pulsa «Reintentar».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="333"/>
        <source>Lo que ya se descargó se guardó: al reintentar, la descarga continuará donde se quedó.</source>
        <translation>Lo que ya se descargó se guardó: al reintentar, la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="341"/>
        <source>Mientras se descargaba, Aspel publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</source>
        <translation>Mientras se descargaba, Aspel publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="345"/>
        <source>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</source>
        <translation>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="350"/>
        <source>El instalador está completo y es idéntico al que publicó Aspel (SHA-256: {sha}).</source>
        <translation>El instalador está completo y es idéntico al que publicó Aspel (SHA-256: {sha}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="354"/>
        <source>Se guardó en: {path}</source>
        <translation>Se guardó en: {path}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="356"/>
        <source>«Ejecutar instalador» instala {system} {new}. Sigue sus pasos.</source>
        <translation>«Ejecutar instalador» instala {system} {new}. Sigue sus pasos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="358"/>
        <source>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</source>
        <translation>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="360"/>
        <source>Después pasa tu información a la nueva versión con «Traducir de una versión anterior» (al terminar de instalar) o con Utilerías › Traducción de datos.</source>
        <translation>Después pasa tu información a la nueva versión con «Traducir de una versión anterior» (al terminar de instalar) o con Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="364"/>
        <source>Qué sigue</source>
        <translation>Qué sigue</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="375"/>
        <source>&amp;Reanudar</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="377"/>
        <source>&amp;Reintentar</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="390"/>
        <source>{system} {old} está abierto</source>
        <translation>{system} {old} está abierto</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="392"/>
        <source>{system} {old} está abierto en esta computadora. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {system} {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{system} {old} está abierto en esta computadora. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {system} {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="401"/>
        <source>&amp;Ejecutar de todos modos</source>
        <translation>&amp;Ejecutar de todos modos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="404"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="417"/>
        <source>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</source>
        <translation>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="425"/>
        <source>No se pudo abrir el instalador. Pulsa «Abrir carpeta» y ábrelo con doble clic.</source>
        <translation>No se pudo abrir el instalador. Pulsa «Abrir carpeta» y ábrelo con doble clic.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="441"/>
        <source>queda menos de un segundo</source>
        <translation>queda menos de un segundo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="443"/>
        <source>quedan {s} s</source>
        <translation>quedan {s} s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="445"/>
        <source>quedan {m} min {s} s</source>
        <translation>quedan {m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="446"/>
        <source>quedan {h} h {m} min</source>
        <translation>quedan {h} h {m} min</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/base.py" line="128"/>
        <source>Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</source>
        <translation>Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="35"/>
        <source>Restablecer contraseña</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="39"/>
        <source>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</source>
        <translation>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="50"/>
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="52"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="64"/>
        <source>&amp;Enviar correo</source>
        <translation>&amp;Enviar correo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="66"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="33"/>
        <source>Iniciar sesión</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="35"/>
        <source>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</source>
        <translation>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="44"/>
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="47"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="54"/>
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="57"/>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="151"/>
        <source>&amp;Mostrar</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="59"/>
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="64"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="72"/>
        <source>&amp;Recordar mi usuario</source>
        <translation>&amp;Recordar mi usuario</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="74"/>
        <source>Recordar también mi contraseña en este &amp;equipo</source>
        <translation>Recordar también mi contraseña en este &amp;equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="77"/>
        <source>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</source>
        <translation>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="86"/>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="88"/>
        <source>¿Olvidaste tu contraseña?</source>
        <translation>¿Olvidaste tu contraseña?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="144"/>
        <source>No se pudo leer la contraseña guardada en el administrador de credenciales de Windows. Escríbela para continuar.</source>
        <translation>No se pudo leer la contraseña guardada en el administrador de credenciales de Windows. Escríbela para continuar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="151"/>
        <source>&amp;Ocultar</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="219"/>
        <source>Iniciando sesión…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="230"/>
        <source>Vuelve a iniciar sesión.</source>
        <translation>Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="257"/>
        <source>No se pudo guardar tu contraseña en el administrador de credenciales de Windows: la próxima vez tendrás que escribirla.</source>
        <translation>No se pudo guardar tu contraseña en el administrador de credenciales de Windows: la próxima vez tendrás que escribirla.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="279"/>
        <source>Escribe tu usuario para poder enviarte el correo.</source>
        <translation>Escribe tu usuario para poder enviarte el correo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="293"/>
        <source>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</source>
        <translation>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="300"/>
        <source>Enviando la solicitud…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="33"/>
        <source>Tu sesión terminó</source>
        <translation>Tu sesión terminó</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="37"/>
        <source>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</source>
        <translation>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="48"/>
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="50"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="52"/>
        <source>Usuario:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="63"/>
        <source>&amp;Continuar</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="87"/>
        <source>Iniciando sesión…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="40"/>
        <source>¡Listo!</source>
        <translation>¡Listo!</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="41"/>
        <source>Tu nuevo número de serie está listo.</source>
        <translation>Tu nuevo número de serie está listo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="52"/>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="67"/>
        <source>Nuevo número de serie</source>
        <translation>Nuevo número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="70"/>
        <source>&amp;Copiar</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="71"/>
        <source>Copiar el número de serie</source>
        <translation>Copiar el número de serie</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="242"/>
        <source>Descargar e &amp;instalar…</source>
        <translation>Descargar e &amp;instalar…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="243"/>
        <source>Descargar e instalar la nueva versión</source>
        <translation>Descargar e instalar la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="87"/>
        <source>Razón social para activar</source>
        <translation>Razón social para activar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="89"/>
        <source>Copiar ra&amp;zón social</source>
        <translation>Copiar ra&amp;zón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="90"/>
        <source>Copiar la razón social</source>
        <translation>Copiar la razón social</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="92"/>
        <source>Enlace de descarga</source>
        <translation>Enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="93"/>
        <source>&amp;Abrir descarga</source>
        <translation>&amp;Abrir descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="97"/>
        <source>Copiar &amp;enlace</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="98"/>
        <source>Copiar el enlace de descarga</source>
        <translation>Copiar el enlace de descarga</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="100"/>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="107"/>
        <source>Plazo de la versión anterior</source>
        <translation>Plazo de la versión anterior</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="248"/>
        <source>Volver a descargar el &amp;instalador…</source>
        <translation>Volver a descargar el &amp;instalador…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="249"/>
        <source>Volver a descargar el instalador</source>
        <translation>Volver a descargar el instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="269"/>
        <source>Buscando tu sistema en este equipo…</source>
        <translation>Buscando tu sistema en este equipo…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="310"/>
        <source>Guardar recordatorio</source>
        <translation>Guardar recordatorio</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="310"/>
        <source>Calendario (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="319"/>
        <source>{old} funciona hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>{old} funciona hasta el {date}; después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="321"/>
        <source>Nuevo número de serie: {serial}</source>
        <translation>Nuevo número de serie: {serial}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="322"/>
        <source>Razón social para activar: {razon}</source>
        <translation>Razón social para activar: {razon}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="323"/>
        <source>Descarga: {url}</source>
        <translation>Descarga: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="327"/>
        <source>Último día para usar {old}</source>
        <translation>Último día para usar {old}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="329"/>
        <source>Se acerca el último día para usar {old}: después, el sistema quedará inactivo.</source>
        <translation>Se acerca el último día para usar {old}: después, el sistema quedará inactivo.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="359"/>
        <source>No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="365"/>
        <source>Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu calendario.</source>
        <translation>Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu calendario.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="101"/>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="108"/>
        <source>Aviso enviado a</source>
        <translation>Aviso enviado a</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="103"/>
        <source>Razón social para activar (escríbela exactamente así)</source>
        <translation>Razón social para activar (escríbela exactamente así)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="105"/>
        <source>Descarga de la nueva versión</source>
        <translation>Descarga de la nueva versión</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="126"/>
        <source>En este equipo</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="142"/>
        <source>&amp;Guardar comprobante (PDF)…</source>
        <translation>&amp;Guardar comprobante (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="146"/>
        <source>Guardar &amp;recordatorio…</source>
        <translation>Guardar &amp;recordatorio…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="149"/>
        <source>Un archivo de calendario (.ics) con la fecha límite y avisos una semana y un día antes; ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>Un archivo de calendario (.ics) con la fecha límite y avisos una semana y un día antes; ábrelo para agregarlo a Outlook o a tu calendario.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="180"/>
        <source>Este sistema ya se había actualizado; estos son sus datos.</source>
        <translation>Este sistema ya se había actualizado; estos son sus datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="183"/>
        <source>{system} {old} ya se había actualizado a {new}. No se generó otro número de serie: este es el que ya tienes.</source>
        <translation>{system} {old} ya se había actualizado a {new}. No se generó otro número de serie: este es el que ya tienes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="190"/>
        <source>Actualizaste {system} {old} a {new}.</source>
        <translation>Actualizaste {system} {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="272"/>
        <source>Siguientes pasos</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="281"/>
        <source>Guardar comprobante</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="281"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="299"/>
        <source>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="304"/>
        <source>Comprobante guardado en «{path}».</source>
        <translation>Comprobante guardado en «{path}».</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="35"/>
        <source>Sistemas en suscripción</source>
        <translation>Sistemas en suscripción</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="37"/>
        <source>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</source>
        <translation>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="51"/>
        <source>Sistemas de tu cuenta</source>
        <translation>Sistemas de tu cuenta</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="91"/>
        <source>&amp;Actualizar lista</source>
        <translation>&amp;Actualizar lista</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="92"/>
        <source>Actualizar la lista de sistemas</source>
        <translation>Actualizar la lista de sistemas</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="119"/>
        <source>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</source>
        <translation>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="129"/>
        <source>Consultando tus sistemas…</source>
        <translation>Consultando tus sistemas…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="162"/>
        <source>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</source>
        <translation>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="168"/>
        <source>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</source>
        <translation>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="316"/>
        <source>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</source>
        <translation>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="323"/>
        <source>{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver su nuevo número de serie, el enlace de descarga y la razón social.</source>
        <translation>{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver su nuevo número de serie, el enlace de descarga y la razón social.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="328"/>
        <source>Ver sus datos y descargar el instalador</source>
        <translation>Ver sus datos y descargar el instalador</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="335"/>
        <source>Consultar precios</source>
        <translation>Consultar precios</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="360"/>
        <source>Consultando los datos de la actualización…</source>
        <translation>Consultando los datos de la actualización…</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="22"/>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="39"/>
        <source>Términos y condiciones</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="23"/>
        <source>Lee lo que implica la actualización antes de aceptarla.</source>
        <translation>Lee lo que implica la actualización antes de aceptarla.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="44"/>
        <source>He &amp;leído y acepto los términos y condiciones</source>
        <translation>He &amp;leído y acepto los términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="45"/>
        <source>Acepto los términos y condiciones</source>
        <translation>Acepto los términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="50"/>
        <source>&amp;Reintentar</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="65"/>
        <source>Elegimos {system} {version} porque está instalado en este equipo. Si quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la lista.</source>
        <translation>Elegimos {system} {version} porque está instalado en este equipo. Si quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la lista.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="81"/>
        <source>Los términos y condiciones cambiaron mientras confirmabas. Léelos de nuevo y, si estás de acuerdo, vuelve a aceptarlos.</source>
        <translation>Los términos y condiciones cambiaron mientras confirmabas. Léelos de nuevo y, si estás de acuerdo, vuelve a aceptarlos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="92"/>
        <source>Consultando los términos de la actualización…</source>
        <translation>Consultando los términos de la actualización…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="118"/>
        <source>Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a abrir el asistente cuando lo estés.</source>
        <translation>Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a abrir el asistente cuando lo estés.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="126"/>
        <source>Las dos versiones funcionan a la vez hasta entonces para que pases tu información a la nueva.</source>
        <translation>Las dos versiones funcionan a la vez hasta entonces para que pases tu información a la nueva.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="130"/>
        <source>Recibes la nueva versión sin costo adicional, porque tu sistema está en suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}.</source>
        <translation>Recibes la nueva versión sin costo adicional, porque tu sistema está en suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="144"/>
        <source>Versión de los términos: {v}</source>
        <translation>Versión de los términos: {v}</translation>
    </message>
</context>
<context>
    <name>UpgradeWizard</name>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="47"/>
        <source>Actualizar número de serie de Aspel</source>
        <translation>Actualizar número de serie de Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="56"/>
        <source>&amp;Diagnóstico</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="230"/>
        <source>Actualización pendiente</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="231"/>
        <source>La última vez se envió la actualización de {what}, pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</source>
        <translation>La última vez se envió la actualización de {what}, pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="237"/>
        <source>&amp;Terminarla ahora</source>
        <translation>&amp;Terminarla ahora</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="238"/>
        <source>&amp;Más tarde</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="259"/>
        <source>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</source>
        <translation>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="286"/>
        <source>Consultando el resultado de la actualización pendiente…</source>
        <translation>Consultando el resultado de la actualización pendiente…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="357"/>
        <source>Confirmación en curso</source>
        <translation>Confirmación en curso</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="358"/>
        <source>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</source>
        <translation>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</translation>
    </message>
</context>
</TS>
