/**
 * One clear news paragraph per supported language (the same story in each), for tests that
 * need text any decent detector must get right.
 */
export const PARAGRAPHS: Readonly<Record<string, string>> = {
  en: 'The city council voted on Tuesday to expand the public transport network, adding three new bus lines and extending the evening service. Officials said the changes would take effect next spring.',
  es: 'El ayuntamiento aprobó el martes la ampliación de la red de transporte público, con tres nuevas líneas de autobús y más servicios por la noche. Los responsables dijeron que los cambios entrarán en vigor la próxima primavera.',
  de: 'Der Stadtrat hat am Dienstag beschlossen, das Netz des öffentlichen Nahverkehrs auszubauen, mit drei neuen Buslinien und längeren Fahrzeiten am Abend. Die Änderungen sollen im nächsten Frühjahr in Kraft treten.',
  fr: "Le conseil municipal a voté mardi l'extension du réseau de transports publics, avec trois nouvelles lignes de bus et un service prolongé le soir. Les responsables ont indiqué que les changements entreront en vigueur au printemps prochain.",
  it: "Il consiglio comunale ha approvato martedì l'ampliamento della rete dei trasporti pubblici, con tre nuove linee di autobus e un servizio serale più lungo. I funzionari hanno detto che le modifiche entreranno in vigore la prossima primavera.",
  pt: 'A câmara municipal aprovou na terça-feira a ampliação da rede de transportes públicos, com três novas linhas de autocarro e um serviço noturno mais longo. Os responsáveis disseram que as mudanças entram em vigor na próxima primavera.',
  pl: 'Rada miasta zatwierdziła we wtorek rozbudowę sieci komunikacji miejskiej, dodając trzy nowe linie autobusowe i wydłużając kursy wieczorne. Urzędnicy poinformowali, że zmiany wejdą w życie wiosną przyszłego roku.',
  uk: "Міська рада у вівторок ухвалила рішення розширити мережу громадського транспорту: з'являться три нові автобусні маршрути, а вечірні рейси подовжать. Посадовці заявили, що зміни набудуть чинності наступної весни.",
  ru: 'Городской совет во вторник одобрил расширение сети общественного транспорта: появятся три новых автобусных маршрута, а вечерние рейсы продлят. Чиновники заявили, что изменения вступят в силу следующей весной.',
  nl: 'De gemeenteraad heeft dinsdag ingestemd met de uitbreiding van het openbaar vervoer, met drie nieuwe buslijnen en een langere dienstregeling in de avond. De wijzigingen gaan volgend voorjaar in, zeiden ambtenaren.',
}
